using System.Security.Cryptography;
using System.Text;

namespace NewsWatch.Core.WebSub;

/// <summary>
/// Checks a push's <c>X-Hub-Signature: method=hex</c>, the HMAC of the body under the
/// subscription's secret (W3C WebSub, 8). Every method the Recommendation lists is taken, sha1
/// included, as hubs in the wild still sign with it; the comparison takes constant time.
/// </summary>
public static class HubSignature
{
    public const string Header = "X-Hub-Signature";

    /// <summary>Why the signature does not prove the body came from the hub, or null when it does.</summary>
    public static string? Refusal(string? header, byte[] body, string secret)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(secret);
        if (string.IsNullOrWhiteSpace(header))
            return "The push came unsigned (no X-Hub-Signature header), so it was refused.";
        var parts = header.Trim().Split('=', 2);
        if (parts.Length != 2 || Hmac(parts[0].ToLowerInvariant(), Encoding.UTF8.GetBytes(secret), body) is not { } expected)
            return $"The push's X-Hub-Signature names no method NewsWatch knows (sha1, sha256, sha384, sha512), so it was refused.";
        var given = FromHex(parts[1]);
        return given is not null && CryptographicOperations.FixedTimeEquals(given, expected)
            ? null
            : "The push's X-Hub-Signature does not match its body under the subscription's secret, so it was refused.";
    }

    /// <summary>The header a hub sends for <paramref name="body"/>: what the loopback hub in the tests signs with.</summary>
    public static string Sign(byte[] body, string secret, string method = "sha256") =>
        $"{method}={Convert.ToHexStringLower(Hmac(method, Encoding.UTF8.GetBytes(secret), body)!)}";

    private static byte[]? Hmac(string method, byte[] key, byte[] body) => method switch
    {
#pragma warning disable CA5350 // WebSub names sha1 among its signature methods; refusing it would refuse conforming hubs.
        "sha1" => HMACSHA1.HashData(key, body),
#pragma warning restore CA5350
        "sha256" => HMACSHA256.HashData(key, body),
        "sha384" => HMACSHA384.HashData(key, body),
        "sha512" => HMACSHA512.HashData(key, body),
        _ => null,
    };

    private static byte[]? FromHex(string text)
    {
        try
        {
            return Convert.FromHexString(text.Trim());
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
