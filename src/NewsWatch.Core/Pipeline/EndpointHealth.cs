using NewsWatch.Core.Webhooks;

namespace NewsWatch.Core.Pipeline;

/// <summary>
/// Tracks how long a subscription's endpoint has been failing, and disables (never deletes)
/// one that has failed for too long or answered 410 Gone.
/// </summary>
public sealed class EndpointHealth(WebhookOptions options)
{
    /// <summary>The subscription after this attempt, or null when nothing about it changed.</summary>
    public Subscription? After(Subscription subscription, SendResult result, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        ArgumentNullException.ThrowIfNull(result);
        if (result.IsDelivered)
            return subscription.FailingSince is null ? null : subscription with { FailingSince = null };
        if (result.IsGone)
            return Disabled(subscription, "The receiver answered 410 Gone: it asked for no more deliveries.");

        var since = subscription.FailingSince ?? now;
        if (now - since >= options.DisableAfterFailingFor)
            return Disabled(subscription, $"Every delivery failed for {options.DisableAfterFailingFor.TotalHours:0} hours (last: {result.Error})");
        return subscription.FailingSince is null ? subscription with { FailingSince = now } : null;
    }

    private static Subscription Disabled(Subscription subscription, string reason) =>
        subscription with { IsEnabled = false, DisabledReason = reason };
}
