using System.Security.Cryptography;
using System.Text;

namespace NewsWatch.Cli.Hosting.Web;

/// <summary>
/// The two keys of the local server, as in Azure: the admin key opens every route, the reader
/// key the reader routes. Set them in configuration to keep them across runs; otherwise each
/// run makes new random ones, shown once at start.
/// </summary>
internal sealed class LocalKeys
{
    private const int MinLength = 16;

    private readonly byte[] admin;
    private readonly byte[] reader;

    private LocalKeys(string admin, string reader, bool generated)
    {
        Admin = admin;
        Reader = reader;
        IsGenerated = generated;
        this.admin = Encoding.UTF8.GetBytes(admin);
        this.reader = Encoding.UTF8.GetBytes(reader);
    }

    public string Admin { get; }

    public string Reader { get; }

    /// <summary>Made for this run, so the start message may show them.</summary>
    public bool IsGenerated { get; }

    /// <summary>The configured keys, or new random ones when neither is configured.</summary>
    public static LocalKeys From(string? admin, string? reader)
    {
        if (string.IsNullOrEmpty(admin) && string.IsNullOrEmpty(reader))
            return new LocalKeys(NewKey(), NewKey(), generated: true);
        if (admin is not { Length: >= MinLength } || reader is not { Length: >= MinLength } || admin == reader)
            throw new InvalidOperationException(
                $"Set both NewsWatch:Dashboard:AdminKey and NewsWatch:Dashboard:ReaderKey, different and at least {MinLength} characters each, or neither (each run then makes its own).");
        return new LocalKeys(admin, reader, generated: false);
    }

    public bool IsAdmin(string? key) => Matches(admin, key);

    public bool IsReader(string? key) => Matches(reader, key);

    // Compared in constant time: the local server may be reachable from other users of the machine.
    private static bool Matches(byte[] expected, string? key) =>
        key is not null && CryptographicOperations.FixedTimeEquals(expected, Encoding.UTF8.GetBytes(key));

    private static string NewKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('+', '-').Replace('/', '_');
}
