using NewsWatch.Core.Alerts;

namespace NewsWatch.Core.Webhooks;

public enum DeliveryState
{
    Pending,
    Delivered,
    Dead,
}

/// <summary>One alert owed to one subscription: the outbox row and its progress.</summary>
/// <param name="MessageId">The <c>webhook-id</c>: the same on every attempt, so receivers can drop duplicates.</param>
/// <param name="Key">The row key: the alert id for its creation notice, with a suffix per joining report for update notices.</param>
public sealed record Delivery(string SubscriptionId, string Key, string AlertId, AlertKey Alert, string MessageId, DateTimeOffset CreatedAt)
{
    /// <summary><see cref="WebhookMessage.AlertCreated"/> or <see cref="WebhookMessage.AlertUpdated"/>.</summary>
    public string Type { get; init; } = WebhookMessage.AlertCreated;

    public DeliveryState State { get; init; } = DeliveryState.Pending;

    public int Attempts { get; init; }

    public DateTimeOffset NextAttemptAt { get; init; }

    public int? LastStatus { get; init; }

    public string? LastError { get; init; }

    public DateTimeOffset? DeliveredAt { get; init; }

    /// <summary>For an update notice, what the joining report changed (see <see cref="AlertChange"/>).</summary>
    public string? Change { get; init; }

    /// <summary>The notice that a new alert was created.</summary>
    public static Delivery Created(string subscriptionId, Alert alert, AlertKey key, DateTimeOffset now) =>
        For(subscriptionId, alert, key, now, alert.Id, WebhookMessage.AlertCreated);

    /// <summary>The notice that a report joined the alert: keyed by the joining report, so a redo never doubles or skips one.</summary>
    public static Delivery Updated(string subscriptionId, Alert alert, AlertKey key, Feeds.NewsItem joining, DateTimeOffset now, string? change = null)
    {
        ArgumentNullException.ThrowIfNull(joining);
        return For(subscriptionId, alert, key, now, $"{alert.Id}_u{Feeds.StableId.Of($"{joining.FeedId}/{joining.Id}", 12)}", WebhookMessage.AlertUpdated) with { Change = change };
    }

    private static Delivery For(string subscriptionId, Alert alert, AlertKey key, DateTimeOffset now, string rowKey, string type)
    {
        ArgumentException.ThrowIfNullOrEmpty(subscriptionId);
        ArgumentNullException.ThrowIfNull(alert);
        var messageId = "msg_" + Feeds.StableId.Of($"{subscriptionId}/{rowKey}", 26);
        return new Delivery(subscriptionId, rowKey, alert.Id, key, messageId, now) { NextAttemptAt = now, Type = type };
    }
}
