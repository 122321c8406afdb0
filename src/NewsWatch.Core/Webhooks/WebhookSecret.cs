using System.Security.Cryptography;

namespace NewsWatch.Core.Webhooks;

/// <summary>A Standard Webhooks secret: <c>whsec_</c> and the base64 of random key bytes.</summary>
public static class WebhookSecret
{
    public const string Prefix = "whsec_";

    public static string Create() => Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    public static byte[] KeyOf(string secret)
    {
        ArgumentNullException.ThrowIfNull(secret);
        var encoded = secret.StartsWith(Prefix, StringComparison.Ordinal) ? secret[Prefix.Length..] : secret;
        return Convert.FromBase64String(encoded);
    }
}
