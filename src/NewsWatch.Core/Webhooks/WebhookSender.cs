using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Options;

namespace NewsWatch.Core.Webhooks;

/// <summary>Sends one signed webhook and reports what came of it; never throws for a receiver's failure.</summary>
public sealed class WebhookSender(IHttpClientFactory httpClients, IOptions<WebhookOptions> options, TimeProvider time)
{
    public const string HttpClientName = "NewsWatch.Webhooks";

    public async Task<SendResult> SendAsync(Subscription subscription, string messageId, string body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        var timestamp = time.GetUtcNow();
        using var request = new HttpRequestMessage(HttpMethod.Post, subscription.Url)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("webhook-id", messageId);
        request.Headers.Add("webhook-timestamp", WebhookSigner.Timestamp(timestamp));
        request.Headers.Add("webhook-signature", WebhookSigner.Sign(messageId, timestamp, body, [subscription.Secret]));

        using var timeout = new CancellationTokenSource(options.Value.RequestTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            using var response = await httpClients.CreateClient(HttpClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token);
            return ToResult(response);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return SendResult.Failed($"No answer within {options.Value.RequestTimeout.TotalSeconds:0} s.");
        }
        catch (HttpRequestException ex)
        {
            return SendResult.Failed(ex.Message);
        }
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
