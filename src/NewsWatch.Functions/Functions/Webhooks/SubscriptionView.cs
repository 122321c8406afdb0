using NewsWatch.Core.Classification;
using NewsWatch.Core.Webhooks;

namespace NewsWatch.Functions.Functions.Webhooks;

/// <summary>A subscription as the API shows it: never its secrets, except <see cref="Secret"/> in the create and rotate answers.</summary>
public sealed record SubscriptionView(
    string Id,
    Uri Url,
    IReadOnlyList<AlertEvent> Events,
    IReadOnlyList<string> Orgs,
    IReadOnlyList<string> Languages,
    double MinScore,
    WebhookFormat Format,
    bool NotifyUpdates,
    bool IsEnabled,
    string? DisabledReason,
    DateTimeOffset CreatedAt,
    DateTimeOffset? FailingSince,
    DateTimeOffset? PreviousSecretExpiresAt)
{
    public string? Secret { get; init; }

    public static SubscriptionView Of(Subscription subscription, string? secret = null)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        return new SubscriptionView(
            subscription.Id, subscription.Url, subscription.Events, subscription.Orgs, subscription.Languages, subscription.MinScore,
            subscription.Format, subscription.NotifyUpdates, subscription.IsEnabled, subscription.DisabledReason, subscription.CreatedAt,
            subscription.FailingSince, subscription.PreviousSecretExpiresAt)
        {
            Secret = secret,
        };
    }

    public static string Location(string id) => "/api/subscriptions/" + Uri.EscapeDataString(id);
}
