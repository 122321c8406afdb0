using System.Security.Cryptography;

namespace NewsWatch.Core.Secrets;

/// <summary>
/// The data keys of a local installation, in a JSON file only its owner may read (created on
/// first use, mode 600 in a 700 folder). It is kept apart from the storage emulator's data, so
/// a copy of the tables alone opens no secret. Another process rotating the file is noticed at
/// the next use; every change is written beside the file and renamed over it, so no reader
/// ever sees half a ring.
/// </summary>
public sealed class FileDataKeyRing(string path, TimeProvider time) : IDataKeyRing
{
    private const long MaxFileBytes = 1 << 20;

    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    private const UnixFileMode OthersMayRead =
        UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute |
        UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    private const UnixFileMode OthersMayWrite = UnixFileMode.GroupWrite | UnixFileMode.OtherWrite;

    private static readonly TimeSpan RotationLockWait = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan LockRetry = TimeSpan.FromMilliseconds(50);

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

    /// <summary>
    /// Adds a key and makes it current. Two rotations at once (two CLI processes) take turns
    /// through a lock file, so neither drops the other's key.
    /// </summary>
    public async ValueTask<DataKey> RotateAsync(CancellationToken cancellationToken)
    {
        CreateOwnerOnlyFolder();
        using var rotationLock = await RotationLockAsync(cancellationToken);
        lock (gate)
        {
            var existing = File.Exists(path) ? Read() : null;
            var key = NewKey(existing?.NextCreatedAt(time.GetUtcNow()) ?? time.GetUtcNow());
            Replace(KeyRingFile.With(existing, key), overwrite: true);
            ring = null;
            return key;
        }
    }

    private KeyRingFile Ring()
    {
        // Outside the gate: creating takes the rotation lock, which a rotation holds while it waits for the gate.
        if (!File.Exists(path))
            CreateFirstKey();
        lock (gate)
        {
            var writtenAt = File.GetLastWriteTimeUtc(path);
            if (ring is null || writtenAt != ringWrittenAt)
            {
                ring = Read();
                ringWrittenAt = writtenAt;
            }

            return ring;
        }
    }

    /// <summary>
    /// Creates the first key under the rotation lock: a move that refuses to overwrite is no lock
    /// (it checks, then renames), and two rings starting at once (the CLI beside `func start`)
    /// would each seal with a key of their own, one of them lost when the other lands.
    /// </summary>
    private void CreateFirstKey()
    {
        CreateOwnerOnlyFolder();
        using var rotationLock = RotationLock();
        if (!File.Exists(path))
            Replace(KeyRingFile.With(null, NewKey(time.GetUtcNow())), overwrite: false);
    }

    private KeyRingFile Read()
    {
        RefuseIfOthersMayReadOrReplace();
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        if (stream.Length > MaxFileBytes)
            throw new InvalidOperationException($"The data key file {path} is larger than a key ring can be ({stream.Length} bytes).");
        using var reader = new StreamReader(stream);
        return KeyRingFile.Parse(reader.ReadToEnd(), path);
    }

    /// <summary>Writes the ring beside the file and renames it over (or, for the first key, into place only if still absent).</summary>
    private void Replace(KeyRingFile next, bool overwrite)
    {
        var temporary = path + "." + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4)) + ".tmp";
        try
        {
            Write(temporary, next);
            File.Move(temporary, path, overwrite);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    private static void Write(string file, KeyRingFile content)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
            options.UnixCreateMode = OwnerOnly;
        using var stream = new FileStream(file, options);
        using var writer = new StreamWriter(stream);
        writer.Write(content.Serialize());
    }

    /// <summary>An exclusive lock file beside the ring (the runtime locks it for other processes too), held while a rotation reads and rewrites the ring.</summary>
    private async Task<FileStream> RotationLockAsync(CancellationToken cancellationToken)
    {
        // Waiting on another process is real time, whatever clock the ring dates its keys by.
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        while (true)
        {
            if (TryLock(started) is { } locked)
                return locked;
            await Task.Delay(LockRetry, cancellationToken);
        }
    }

    /// <summary>The same lock, waited for on this thread: the first key is made inside a synchronous read.</summary>
    private FileStream RotationLock()
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        while (true)
        {
            if (TryLock(started) is { } locked)
                return locked;
            Thread.Sleep(LockRetry);
        }
    }

    /// <summary>The lock if it is free; null while another holds it, within <see cref="RotationLockWait"/>; after that the holder's error.</summary>
    private FileStream? TryLock(long started)
    {
        var options = new FileStreamOptions { Mode = FileMode.OpenOrCreate, Access = FileAccess.ReadWrite, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
            options.UnixCreateMode = OwnerOnly;
        try
        {
            return new FileStream(path + ".lock", options);
        }
        catch (IOException) when (System.Diagnostics.Stopwatch.GetElapsedTime(started) < RotationLockWait)
        {
            return null;
        }
    }

    private void CreateOwnerOnlyFolder()
    {
        var folder = Path.GetDirectoryName(path)!;
        if (OperatingSystem.IsWindows())
            Directory.CreateDirectory(folder);
        else
            Directory.CreateDirectory(folder, OwnerOnly | UnixFileMode.UserExecute);
    }

    /// <summary>
    /// Like ssh with a private key: a key file others can read is a leaked key, and one in a
    /// folder others can write may be swapped or deleted (stranding every sealed row), so both
    /// are refused, not used.
    /// </summary>
    private void RefuseIfOthersMayReadOrReplace()
    {
        if (OperatingSystem.IsWindows())
            return;
        if ((File.GetUnixFileMode(path) & OthersMayRead) != 0)
            throw new InvalidOperationException($"The data key file {path} may be read or changed by other users; make it owner-only (chmod 600 '{path}').");
        var folder = Path.GetDirectoryName(path)!;
        if ((File.GetUnixFileMode(folder) & OthersMayWrite) != 0)
            throw new InvalidOperationException($"The folder of the data key file, {folder}, may be written by other users, who could replace or delete the keys; keep the file in a folder only you can write (chmod 700 '{folder}').");
    }

    private static DataKey NewKey(DateTimeOffset createdAt) =>
        new("k" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8)), RandomNumberGenerator.GetBytes(DataKey.Length), createdAt);
}
