using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Options;

namespace NewsWatch.Core.Webhooks;

/// <summary>Sends one signed webhook and reports what came of it; never throws for a receiver's failure.</summary>
public sealed class WebhookSender(IHttpClientFactory httpClients, IOptions<WebhookOptions> options, TimeProvider time)
{
    public const string HttpClientName = "NewsWatch.Webhooks";

    public async Task<SendResult> SendAsync(Subscription subscription, WebhookMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        ArgumentNullException.ThrowIfNull(message);
        var timestamp = time.GetUtcNow();
        var (body, contentType) = WebhookBody.Render(message, subscription.Format);
        using var request = new HttpRequestMessage(HttpMethod.Post, subscription.Url)
        {
            Content = new StringContent(body, Encoding.UTF8, contentType),
        };
        request.Headers.Add("webhook-id", message.Id);
        request.Headers.Add("webhook-timestamp", WebhookSigner.Timestamp(timestamp));
        request.Headers.Add("webhook-signature", WebhookSigner.Sign(message.Id, timestamp, body, subscription.SigningSecrets(timestamp)));

        using var timeout = new CancellationTokenSource(options.Value.RequestTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            // Only the status and headers matter: the response body is never read.
            using var response = await httpClients.CreateClient(HttpClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token);
            return ToResult(response);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return SendResult.Failed($"No answer within {options.Value.RequestTimeout.TotalSeconds:0} s.");
        }
        catch (HttpRequestException ex)
        {
            // The error is stored on the delivery and shown to users: whatever the networking
            // stack quotes of the request, the URL's path and query must not be in it.
            var error = ex.InnerException is { } inner ? $"{ex.Message} {inner.Message}" : ex.Message;
            return SendResult.Failed(MaskedUrl.Redact(error, subscription.Url));
        }
    }

    /// <summary>Sends a signed <c>ping</c>, so a user can check an endpoint and its signature checking.</summary>
    public Task<SendResult> PingAsync(Subscription subscription, CancellationToken cancellationToken)
    {
        var id = "msg_ping_" + Guid.NewGuid().ToString("N")[..16];
        return SendAsync(subscription, new WebhookMessage(id, WebhookMessage.Ping, time.GetUtcNow(), null), cancellationToken);
    }

    private SendResult ToResult(HttpResponseMessage response)
    {
        var status = (int)response.StatusCode;
        if (response.IsSuccessStatusCode)
            return new SendResult(true, status, null);
        return new SendResult(false, status, $"The receiver answered {status} {response.ReasonPhrase}.")
        {
            RetryAfter = RetryAfterOf(response.Headers.RetryAfter),
        };
    }

    private TimeSpan? RetryAfterOf(RetryConditionHeaderValue? header) => header switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - time.GetUtcNow(),
        _ => null,
    };
}
