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
public sealed record Delivery(string SubscriptionId, string AlertId, AlertKey Alert, string MessageId, DateTimeOffset CreatedAt)
{
    public DeliveryState State { get; init; } = DeliveryState.Pending;

    public int Attempts { get; init; }

    public DateTimeOffset NextAttemptAt { get; init; }

    public int? LastStatus { get; init; }

    public string? LastError { get; init; }

    public DateTimeOffset? DeliveredAt { get; init; }

    public static Delivery For(Subscription subscription, Alert alert, AlertKey key, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        ArgumentNullException.ThrowIfNull(alert);
        var messageId = "msg_" + Feeds.StableId.Of($"{subscription.Id}/{alert.Id}/created", 26);
        return new Delivery(subscription.Id, alert.Id, key, messageId, now) { NextAttemptAt = now };
    }
}
