using System.Security.Cryptography;

namespace NewsWatch.Core.Secrets;

/// <summary>
/// The data keys of a local installation, in a JSON file only its owner may read (created on
/// first use, mode 600 in a 700 folder). It is kept apart from the storage emulator's data, so
/// a copy of the tables alone opens no secret. Another process rotating the file is noticed at
/// the next use.
/// </summary>
public sealed class FileDataKeyRing(string path, TimeProvider time) : IDataKeyRing
{
    private const long MaxFileBytes = 1 << 20;

    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    private const UnixFileMode OthersMayTouch =
        UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute |
        UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    // File access is quick and synchronous, so a plain lock guards the cached ring.
    private readonly Lock gate = new();
    private KeyRingFile? ring;
    private DateTime ringWrittenAt;

    public string Location => path;

    public ValueTask<DataKey> CurrentAsync(CancellationToken cancellationToken)
    {
        var current = Ring();
        return ValueTask.FromResult(current.Find(current.Current)!);
    }

    public ValueTask<DataKey?> FindAsync(string id, CancellationToken cancellationToken) => ValueTask.FromResult(Ring().Find(id));

    public ValueTask<DataKey> RotateAsync(CancellationToken cancellationToken)
    {
        lock (gate)
        {
            var key = NewKey();
            var existing = File.Exists(path) ? Read() : null;
            Replace(KeyRingFile.With(existing, key, time.GetUtcNow()));
            ring = null;
            return ValueTask.FromResult(key);
        }
    }

    private KeyRingFile Ring()
    {
        lock (gate)
        {
            if (!File.Exists(path))
                CreateFirstKey();
            var writtenAt = File.GetLastWriteTimeUtc(path);
            if (ring is null || writtenAt != ringWrittenAt)
            {
                ring = Read();
                ringWrittenAt = writtenAt;
            }

            return ring;
        }
    }

    private void CreateFirstKey()
    {
        CreateOwnerOnlyFolder();
        try
        {
            Write(path, KeyRingFile.With(null, NewKey(), time.GetUtcNow()), FileMode.CreateNew);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process (the CLI beside `func start`) created it first: use theirs.
        }
    }

    private KeyRingFile Read()
    {
        RefuseIfOthersMayRead();
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        if (stream.Length > MaxFileBytes)
            throw new InvalidOperationException($"The data key file {path} is larger than a key ring can be ({stream.Length} bytes).");
        using var reader = new StreamReader(stream);
        return KeyRingFile.Parse(reader.ReadToEnd(), path);
    }

    /// <summary>Writes a new ring beside the old one and renames it over, so no reader ever sees half a file.</summary>
    private void Replace(KeyRingFile next)
    {
        CreateOwnerOnlyFolder();
        var temporary = path + "." + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4)) + ".tmp";
        Write(temporary, next, FileMode.CreateNew);
        File.Move(temporary, path, overwrite: true);
    }

    private static void Write(string file, KeyRingFile content, FileMode mode)
    {
        var options = new FileStreamOptions { Mode = mode, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
            options.UnixCreateMode = OwnerOnly;
        using var stream = new FileStream(file, options);
        using var writer = new StreamWriter(stream);
        writer.Write(content.Serialize());
    }

    private void CreateOwnerOnlyFolder()
    {
        var folder = Path.GetDirectoryName(path)!;
        if (OperatingSystem.IsWindows())
            Directory.CreateDirectory(folder);
        else
            Directory.CreateDirectory(folder, OwnerOnly | UnixFileMode.UserExecute);
    }

    /// <summary>Like ssh with a private key: a key file others can read is a leaked key, so it is refused, not used.</summary>
    private void RefuseIfOthersMayRead()
    {
        if (OperatingSystem.IsWindows())
            return;
        if ((File.GetUnixFileMode(path) & OthersMayTouch) != 0)
            throw new InvalidOperationException($"The data key file {path} may be read or changed by other users; make it owner-only (chmod 600 '{path}').");
    }

    private static DataKey NewKey() =>
        new("k" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8)), RandomNumberGenerator.GetBytes(DataKey.Length));
}
