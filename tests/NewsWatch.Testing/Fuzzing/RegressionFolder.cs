using System.Security.Cryptography;

namespace NewsWatch.Testing.Fuzzing;

/// <summary>
/// Inputs that once broke an invariant, kept byte for byte and named by their content hash, so
/// the same finding saved twice is one file and the tests replay every one of them.
/// </summary>
public sealed class RegressionFolder(string path)
{
    public const string Extension = ".bin";

    public string Path { get; } = path;

    /// <summary>The file name <paramref name="body"/> is kept under: the first 16 hex digits of its SHA-256.</summary>
    public static string NameOf(byte[] body) => Convert.ToHexStringLower(SHA256.HashData(body))[..16] + Extension;

    /// <summary>Saves <paramref name="body"/> (once) and returns its path.</summary>
    public string Save(byte[] body)
    {
        Directory.CreateDirectory(Path);
        var file = System.IO.Path.Combine(Path, NameOf(body));
        if (!File.Exists(file))
            File.WriteAllBytes(file, body);
        return file;
    }

    /// <summary>The names of every kept input, in a stable order.</summary>
    public IReadOnlyList<string> FileNames() => Directory.Exists(Path)
        ? Directory.EnumerateFiles(Path, "*" + Extension).Select(System.IO.Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList()
        : [];

    public byte[] Read(string name) => File.ReadAllBytes(System.IO.Path.Combine(Path, name));
}
