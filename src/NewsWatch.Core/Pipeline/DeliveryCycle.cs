using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsWatch.Core.Alerts;
using NewsWatch.Core.Storage;
using NewsWatch.Core.Webhooks;

namespace NewsWatch.Core.Pipeline;

/// <summary>Sends the due deliveries of every enabled subscription, and records each outcome.</summary>
public sealed partial class DeliveryCycle(
    SubscriptionStore subscriptions,
    DeliveryStore deliveries,
    AlertStore alerts,
    WebhookSender sender,
    IOptions<WebhookOptions> options,
    TimeProvider time,
    ILogger<DeliveryCycle> logger)
{
    private readonly RetryPolicy retries = new(options.Value, Random.Shared.NextDouble);
    private readonly EndpointHealth health = new(options.Value);

    public async Task<DeliverySummary> RunAsync(CancellationToken cancellationToken)
    {
        var outcomes = new ConcurrentBag<DeliveryState>();
        var enabled = (await subscriptions.ListAsync(cancellationToken)).Where(s => s.IsEnabled).ToList();
        // An alert is owed to every subscription that matches it: read it once per cycle, not once per delivery.
        var alertsRead = new ConcurrentDictionary<AlertKey, Lazy<Task<Alert?>>>();
        await Parallel.ForEachAsync(enabled, cancellationToken, async (subscription, token) =>
        {
            foreach (var state in await DeliverDueAsync(subscription, alertsRead, token))
                outcomes.Add(state);
        });

        var summary = new DeliverySummary(
            outcomes.Count,
            outcomes.Count(s => s == DeliveryState.Delivered),
            outcomes.Count(s => s == DeliveryState.Pending),
            outcomes.Count(s => s == DeliveryState.Dead));
        LogCycle(summary.Attempted, summary.Delivered, summary.Retrying, summary.Dead);
        return summary;
    }

    private async Task<IReadOnlyList<DeliveryState>> DeliverDueAsync(Subscription subscription, ConcurrentDictionary<AlertKey, Lazy<Task<Alert?>>> alertsRead, CancellationToken cancellationToken)
    {
        var due = await deliveries.ListDueAsync(subscription.Id, time.GetUtcNow(), cancellationToken);
        var outcomes = new ConcurrentBag<(DeliveryState State, SendResult? Result)>();
        var perSubscription = new ParallelOptions { MaxDegreeOfParallelism = options.Value.MaxConcurrencyPerSubscription, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(due, perSubscription, async (delivery, token) => outcomes.Add(await DeliverAsync(subscription, delivery, alertsRead, token)));
        await RecordHealthAsync(subscription, [.. outcomes.Select(o => o.Result).OfType<SendResult>()], cancellationToken);
        return [.. outcomes.Select(o => o.State)];
    }

    private async Task<(DeliveryState, SendResult?)> DeliverAsync(Subscription subscription, Delivery delivery, ConcurrentDictionary<AlertKey, Lazy<Task<Alert?>>> alertsRead, CancellationToken cancellationToken)
    {
        var alert = await alertsRead.GetOrAdd(delivery.Alert, key => new Lazy<Task<Alert?>>(() => alerts.FindAsync(key, cancellationToken))).Value;
        if (alert is null)
        {
            await deliveries.SaveAsync(delivery with { State = DeliveryState.Dead, LastError = "The alert no longer exists." }, cancellationToken);
            return (DeliveryState.Dead, null);
        }

        // The message's timestamp is the delivery's creation, so every retry sends the same body.
        var message = new WebhookMessage(delivery.MessageId, delivery.Type, delivery.CreatedAt, alert);
        var result = await sender.SendAsync(subscription, message, cancellationToken);
        var now = time.GetUtcNow();
        var next = result.IsDelivered
            ? delivery with { State = DeliveryState.Delivered, Attempts = delivery.Attempts + 1, LastStatus = result.Status, LastError = null, DeliveredAt = now }
            : retries.AfterFailure(delivery, result, now);
        if (result.IsGone)
            next = next with { State = DeliveryState.Dead };

        await deliveries.SaveAsync(next, cancellationToken);
        if (!result.IsDelivered)
            LogAttemptFailed(subscription.Id, delivery.MessageId, result.Error);
        return (next.State, result);
    }

    /// <summary>One save per subscription and cycle: a success clears the failing mark, otherwise the first failure sets it.</summary>
    private async Task RecordHealthAsync(Subscription subscription, IReadOnlyList<SendResult> results, CancellationToken cancellationToken)
    {
        if (results.Count == 0)
            return;
        var decisive = results.FirstOrDefault(r => r.IsGone) ?? results.FirstOrDefault(r => r.IsDelivered) ?? results[0];
        if (health.After(subscription, decisive, time.GetUtcNow()) is { } changed)
        {
            await subscriptions.SaveAsync(changed, cancellationToken);
            if (!changed.IsEnabled)
                LogDisabled(subscription.Id, changed.DisabledReason);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Delivery cycle: {Attempted} attempted, {Delivered} delivered, {Retrying} to retry, {Dead} dead")]
    private partial void LogCycle(int attempted, int delivered, int retrying, int dead);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook {MessageId} to subscription {Subscription} failed: {Error}")]
    private partial void LogAttemptFailed(string subscription, string messageId, string? error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Subscription {Subscription} disabled: {Reason}")]
    private partial void LogDisabled(string subscription, string? reason);
}
