using NewsWatch.Core.Classification;
using NewsWatch.Core.Webhooks;

namespace NewsWatch.Cli.Commands.Subscriptions;

/// <summary>
/// What the subscription verbs show of a subscription, in the shape their <c>--json</c> output has:
/// never its secrets, and its URL masked (<see cref="MaskedUrl"/>); only <c>subscribe</c> prints it whole.
/// </summary>
internal sealed record SubscriptionView(
    string Id,
    string Url,
    IReadOnlyList<AlertEvent> Events,
    IReadOnlyList<string> Orgs,
    IReadOnlyList<string> Languages,
    double MinScore,
    string Format,
    bool NotifyUpdates,
    bool Enabled,
    string? DisabledReason,
    DateTimeOffset? FailingSince,
    DateTimeOffset? PreviousSecretExpiresAt,
    DateTimeOffset CreatedAt)
{
    public static SubscriptionView Of(Subscription subscription)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        return new(subscription.Id, MaskedUrl.Of(subscription.Url), subscription.Events, subscription.Orgs, subscription.Languages, subscription.MinScore,
            FormatName(subscription.Format), subscription.NotifyUpdates, subscription.IsEnabled, subscription.DisabledReason,
            subscription.FailingSince, subscription.PreviousSecretExpiresAt, subscription.CreatedAt);
    }

    /// <summary>The format as <c>--format</c> takes it (<c>cloudevents</c>), so scripts can feed it back.</summary>
    public static string FormatName(WebhookFormat format) => format.ToString().ToLowerInvariant();
}
