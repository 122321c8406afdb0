using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using NewsWatch.Testing;

namespace NewsWatch.Benchmarks.Load;

/// <summary>
/// A webhook endpoint on loopback at <c>/hooks/{subscriber}</c> that counts what arrives by
/// (subscriber, webhook-id), and fails a given share of requests at random with 503: half
/// of those before taking the webhook, half after (a receiver that processed it but whose
/// answer was lost), which is what makes real duplicates. Every attempt's webhook-id is kept by (subscriber, alert id) to check that
/// retries of one delivery never change it.
/// </summary>
internal sealed class CountingReceiver : IAsyncDisposable
{
    private LoopbackHost host = null!;
    private readonly double failShare;
    private readonly Random random;
    private int attempts;
    private int refused;

    private CountingReceiver(double failShare, int seed)
    {
        this.failShare = failShare;
        random = new Random(seed);
    }

    public Uri BaseUri => host.BaseUri;

    public int Attempts => attempts;

    public int Refused => refused;

    /// <summary>Webhooks taken in by (subscriber, webhook-id): more than one is a duplicate.</summary>
    public ConcurrentDictionary<(int Subscriber, string WebhookId), int> Accepted { get; } = new();

    /// <summary>Every webhook-id seen for (subscriber, alert id), failed attempts included.</summary>
    public ConcurrentDictionary<(int Subscriber, string AlertId), ConcurrentDictionary<string, byte>> IdsByAlert { get; } = new();

    public Uri UrlFor(int subscriber) => new(BaseUri, $"hooks/{subscriber}");

    public static async Task<CountingReceiver> StartAsync(double failShare, int seed)
    {
        var receiver = new CountingReceiver(failShare, seed);
        receiver.host = await LoopbackHost.StartAsync(receiver.ReceiveAsync);
        return receiver;
    }

    public ValueTask DisposeAsync() => host.DisposeAsync();

    private async Task ReceiveAsync(HttpContext context)
    {
        Interlocked.Increment(ref attempts);
        var path = context.Request.Path.Value ?? string.Empty;
        var webhookId = context.Request.Headers["webhook-id"].ToString();
        if (!path.StartsWith("/hooks/", StringComparison.Ordinal) || !int.TryParse(path["/hooks/".Length..], out var subscriber) || webhookId.Length == 0)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        using var body = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
        var alertId = body.RootElement.GetProperty("data").GetProperty("id").GetString() ?? string.Empty;
        IdsByAlert.GetOrAdd((subscriber, alertId), _ => new ConcurrentDictionary<string, byte>())[webhookId] = 0;

        bool fail, afterProcessing;
        lock (random)
        {
            fail = random.NextDouble() < failShare;
            afterProcessing = random.NextDouble() < 0.5;
        }

        if (fail)
        {
            Interlocked.Increment(ref refused);
            if (afterProcessing)
                Accepted.AddOrUpdate((subscriber, webhookId), 1, (_, count) => count + 1);
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return;
        }

        Accepted.AddOrUpdate((subscriber, webhookId), 1, (_, count) => count + 1);
        context.Response.StatusCode = StatusCodes.Status204NoContent;
    }
}
