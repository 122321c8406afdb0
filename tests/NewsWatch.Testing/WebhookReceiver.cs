using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using StandardWebhooks;
using StandardWebhooks.Diagnostics;

namespace NewsWatch.Testing;

/// <summary>
/// A webhook endpoint on loopback that verifies each delivery the way a receiver would,
/// with its own HMAC code rather than NewsWatch's signer.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly LoopbackServer server;

    private WebhookReceiver(LoopbackServer server) => this.server = server;

    public Uri Url => server.Url("hooks/newswatch");

    public IReadOnlyList<RecordedRequest> Deliveries => [.. server.Requests];

    public static async Task<WebhookReceiver> StartAsync(Func<HttpContext, Task>? respond = null) =>
        new(await LoopbackServer.StartAsync(respond ?? (context => { context.Response.StatusCode = 204; return Task.CompletedTask; })));

    /// <summary>True when one of the space-separated <c>v1,</c> signatures matches HMAC-SHA256(id.timestamp.body).</summary>
    public static bool HasValidSignature(RecordedRequest request, string secret)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(secret);
        var key = Convert.FromBase64String(secret["whsec_".Length..]);
        var signed = $"{request.Headers["webhook-id"]}.{request.Headers["webhook-timestamp"]}.{request.Body}";
        var expected = "v1," + Convert.ToBase64String(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(signed)));
        return request.Headers["webhook-signature"].Split(' ').Any(candidate => candidate == expected);
    }

    /// <summary>Verifies a delivery with the StandardWebhooks library (built on the specification's reference code), timestamp tolerance included.</summary>
    public static bool PassesStandardWebhooksLibrary(RecordedRequest request, string secret)
    {
        ArgumentNullException.ThrowIfNull(request);
        var headers = new HeaderDictionary();
        foreach (var (name, value) in request.Headers)
            headers[name] = value;
        try
        {
            new StandardWebhook(secret).Verify(request.Body, headers);
            return true;
        }
        catch (WebhookVerificationException)
        {
            return false;
        }
    }

    public ValueTask DisposeAsync() => server.DisposeAsync();
}
