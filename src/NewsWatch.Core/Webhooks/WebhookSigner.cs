using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace NewsWatch.Core.Webhooks;

/// <summary>Signs webhook messages as the Standard Webhooks specification defines.</summary>
public static class WebhookSigner
{
    /// <summary>The <c>webhook-signature</c> value: <c>v1,</c> and the base64 HMAC-SHA256 of <c>id.timestamp.body</c>, one per secret.</summary>
    public static string Sign(string messageId, DateTimeOffset timestamp, string body, IEnumerable<string> secrets)
    {
        ArgumentNullException.ThrowIfNull(secrets);
        var content = Encoding.UTF8.GetBytes($"{messageId}.{Timestamp(timestamp)}.{body}");
        return string.Join(' ', secrets.Select(secret => "v1," + Convert.ToBase64String(HMACSHA256.HashData(WebhookSecret.KeyOf(secret), content))));
    }

    /// <summary>The <c>webhook-timestamp</c> value: Unix seconds.</summary>
    public static string Timestamp(DateTimeOffset time) => time.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
}
