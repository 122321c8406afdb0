using System.Security.Cryptography;
using System.Text;

namespace NewsWatch.Core.Feeds;

/// <summary>Short, key-safe identifiers derived from text (feed URLs, item identities, links).</summary>
public static class StableId
{
    /// <summary>A lower-case hex SHA-256 prefix: safe in table keys and stable across runs and machines.</summary>
    public static string Of(string text, int hexLength = 32)
    {
        ArgumentNullException.ThrowIfNull(text);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text));
        return Convert.ToHexStringLower(hash)[..hexLength];
    }
}
