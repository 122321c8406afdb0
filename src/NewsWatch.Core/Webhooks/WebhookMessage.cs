using NewsWatch.Core.Alerts;

namespace NewsWatch.Core.Webhooks;

/// <summary>One message to a subscriber: an alert created or updated, or a ping.</summary>
/// <param name="Id">The <c>webhook-id</c>, the same on every attempt.</param>
public sealed record WebhookMessage(string Id, string Type, DateTimeOffset Timestamp, Alert? Alert)
{
    /// <summary>For <see cref="AlertUpdated"/>, what changed: "event changed from departure to dissolution; new report: Le Monde (fr)".</summary>
    public string? Change { get; init; }

    public const string AlertCreated = "alert.created";
    public const string AlertUpdated = "alert.updated";
    public const string Ping = "ping";

    /// <summary>A one-line headline for chat formats: the event, then the title.</summary>
    public string Headline => Alert is { } alert
        ? $"{(Type == AlertUpdated ? "Update" : "Alert")}: {alert.Event.ToString().ToLowerInvariant()} — {alert.Title}{(Change is null ? "" : $" ({Change})")}"
        : "NewsWatch test message: this endpoint is subscribed.";
}
