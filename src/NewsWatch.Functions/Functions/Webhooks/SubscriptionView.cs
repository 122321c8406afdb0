using NewsWatch.Core.Classification;
using NewsWatch.Core.Webhooks;

namespace NewsWatch.Functions.Functions.Webhooks;

/// <summary>
/// A subscription as the API shows it: never its secrets, except <see cref="Secret"/> in the create
/// and rotate answers, and its URL masked (<see cref="MaskedUrl"/>) except in the create answer.
/// </summary>
public sealed record SubscriptionView(
    string Id,
    string Url,
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
            subscription.Id, MaskedUrl.Of(subscription.Url), subscription.Events, subscription.Orgs, subscription.Languages, subscription.MinScore,
            subscription.Format, subscription.NotifyUpdates, subscription.IsEnabled, subscription.DisabledReason, subscription.CreatedAt,
            subscription.FailingSince, subscription.PreviousSecretExpiresAt)
        {
            Secret = secret,
        };
    }

    /// <summary>The create answer: the only one with the whole URL, which the caller has just sent.</summary>
    public static SubscriptionView Created(CreatedSubscription created)
    {
        ArgumentNullException.ThrowIfNull(created);
        return Of(created.Subscription, created.Secret) with { Url = created.Subscription.Url.AbsoluteUri };
    }

    public static string Location(string id) => "/api/subscriptions/" + Uri.EscapeDataString(id);
}
