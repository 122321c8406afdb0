using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Http;
using NewsWatch.Core.WebSub;

namespace NewsWatch.Testing.WebSub;

/// <summary>
/// A WebSub hub on loopback, with the publisher's side too (W3C WebSub, 5 to 7): it takes
/// subscription requests (202), verifies intent at the callback with a random challenge, and
/// keeps only the subscriptions whose callback echoed it; <see cref="PublishAsync"/> delivers
/// content to every verified subscriber of a topic, signed with its secret. It can be told never
/// to verify, or to deliver unsigned or wrongly signed content.
/// </summary>
public sealed class LoopbackHub : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, HubSubscriber> subscribers = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> log = new();
    private readonly HttpClient client = new();
    private LoopbackServer server = null!;

    private LoopbackHub()
    {
    }

    /// <summary>When false, requests are accepted (202) but never verified: a hub that goes silent.</summary>
    public bool VerifiesIntent { get; set; } = true;

    public Uri Url => server.Url("hub");

    /// <summary>What happened, in order: "subscribe verified &lt;callback&gt;", "unsubscribe verified ...", "push 202 ...".</summary>
    public IReadOnlyCollection<string> Log => log;

    /// <summary>The verified subscribers: callback, topic, secret and lease.</summary>
    public IReadOnlyCollection<HubSubscriber> Subscribers => [.. subscribers.Values];

    public static async Task<LoopbackHub> StartAsync()
    {
        var hub = new LoopbackHub();
        hub.server = await LoopbackServer.StartAsync(hub.AnswerAsync);
        return hub;
    }

    /// <summary>Waits (in real time, at most <paramref name="within"/>) until the log has a line starting so.</summary>
    public Task<bool> SawAsync(string start, TimeSpan within, CancellationToken cancellationToken) =>
        WaitForAsync(lines => lines.Any(line => line.StartsWith(start, StringComparison.Ordinal)), within, cancellationToken);

    /// <summary>Waits (in real time, at most <paramref name="within"/>) until the log satisfies <paramref name="condition"/>.</summary>
    public async Task<bool> WaitForAsync(Func<IReadOnlyCollection<string>, bool> condition, TimeSpan within, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var until = DateTime.UtcNow + within;
        while (DateTime.UtcNow < until)
        {
            if (condition(log))
                return true;
            await Task.Delay(50, cancellationToken);
        }

        return false;
    }

    /// <summary>Delivers <paramref name="body"/> to every verified subscriber of the topic; returns the callbacks' status codes.</summary>
    public async Task<IReadOnlyList<int>> PublishAsync(Uri topic, string body, string contentType, Signing signing, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(topic);
        var bytes = Encoding.UTF8.GetBytes(body);
        var statuses = new List<int>();
        foreach (var subscriber in subscribers.Values.Where(s => s.Topic == topic.AbsoluteUri))
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, subscriber.Callback) { Content = new ByteArrayContent(bytes) };
            request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
            request.Headers.TryAddWithoutValidation("Link", $"<{Url}>; rel=\"hub\", <{topic}>; rel=\"self\"");
            if (signing != Signing.NoSignature)
                request.Headers.TryAddWithoutValidation(HubSignature.Header, HubSignature.Sign(bytes, signing == Signing.WrongSecret ? subscriber.Secret + "x" : subscriber.Secret));
            using var response = await client.SendAsync(request, cancellationToken);
            statuses.Add((int)response.StatusCode);
            log.Enqueue($"push {(int)response.StatusCode} {subscriber.Callback}");
        }

        return statuses;
    }

    public async ValueTask DisposeAsync()
    {
        await server.DisposeAsync();
        client.Dispose();
    }

    private async Task AnswerAsync(HttpContext context)
    {
        if (!context.Request.HasFormContentType)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var request = new HubSubscriber(form["hub.callback"].ToString(), form["hub.topic"].ToString(), form["hub.secret"].ToString(), form["hub.lease_seconds"].ToString());
        var mode = form["hub.mode"].ToString();
        if (mode is not ("subscribe" or "unsubscribe") || !Uri.IsWellFormedUriString(request.Callback, UriKind.Absolute))
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        log.Enqueue($"{mode} requested {request.Callback}");
        context.Response.StatusCode = StatusCodes.Status202Accepted;
        // Verification of intent happens after the answer, as the Recommendation asks.
        if (VerifiesIntent)
            _ = Task.Run(() => VerifyAsync(mode, request));
    }

    private async Task VerifyAsync(string mode, HubSubscriber request)
    {
        var challenge = Guid.NewGuid().ToString("N");
        var query = $"hub.mode={mode}&hub.topic={Uri.EscapeDataString(request.Topic)}&hub.challenge={challenge}"
            + (mode == "subscribe" ? $"&hub.lease_seconds={request.LeaseSeconds}" : string.Empty);
        var separator = request.Callback.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        try
        {
            using var response = await client.GetAsync(new Uri(request.Callback + separator + query));
            var echoed = await response.Content.ReadAsStringAsync();
            if (!response.IsSuccessStatusCode || echoed != challenge)
            {
                log.Enqueue($"{mode} unverified {request.Callback} ({(int)response.StatusCode})");
                return;
            }

            if (mode == "subscribe")
                subscribers[request.Callback] = request;
            else
                subscribers.TryRemove(request.Callback, out _);
            log.Enqueue($"{mode} verified {request.Callback}");
        }
        catch (HttpRequestException ex)
        {
            log.Enqueue($"{mode} unverified {request.Callback} ({ex.Message})");
        }
    }

    /// <summary>How a push is signed.</summary>
    public enum Signing
    {
        WithSecret,
        NoSignature,
        WrongSecret,
    }

    /// <summary>A subscription as the hub holds it.</summary>
    public sealed record HubSubscriber(string Callback, string Topic, string Secret, string LeaseSeconds);
}
