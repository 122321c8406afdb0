using NewsWatch.Core.Classification;
using NewsWatch.Core.Webhooks;

namespace NewsWatch.Cli.Commands.Subscriptions;

/// <summary>What <c>subscribe --json</c> prints: the new subscription with the secret and the whole URL, both shown only this once.</summary>
internal sealed record CreatedView(
    string Id,
    Uri Url,
    string Secret,
    IReadOnlyList<AlertEvent> Events,
    IReadOnlyList<string> Orgs,
    IReadOnlyList<string> Languages,
    double MinScore,
    string Format,
    bool NotifyUpdates)
{
    public static CreatedView Of(CreatedSubscription created)
    {
        ArgumentNullException.ThrowIfNull(created);
        var subscription = created.Subscription;
        return new(subscription.Id, subscription.Url, created.Secret, subscription.Events, subscription.Orgs, subscription.Languages,
            subscription.MinScore, SubscriptionView.FormatName(subscription.Format), subscription.NotifyUpdates);
    }
}
