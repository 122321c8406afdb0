using NewsWatch.Core.Secrets;
using NewsWatch.Core.Webhooks;

namespace NewsWatch.Core.Storage;

/// <summary>
/// Which columns of a subscription row are secrets, sealed before they are written and opened
/// after they are read: the signing secret, the previous one during a rotation, and the URL
/// (a Slack, Teams or Discord webhook URL is a secret in itself; any URL may carry a token).
/// </summary>
internal sealed class SubscriptionSealing(SecretSealer sealer)
{
    /// <summary>A row as read: the subscription, and whether the row should be written again sealed with the current key.</summary>
    public readonly record struct Opened(Subscription Subscription, bool NeedsResealing);

    public async Task<SubscriptionEntity> SealAsync(Subscription subscription, CancellationToken cancellationToken)
    {
        var entity = SubscriptionEntity.From(subscription);
        entity.Url = await sealer.SealAsync(entity.Url, At(entity, nameof(entity.Url)), cancellationToken);
        entity.Secret = await sealer.SealAsync(entity.Secret, At(entity, nameof(entity.Secret)), cancellationToken);
        if (entity.PreviousSecret is not null)
            entity.PreviousSecret = await sealer.SealAsync(entity.PreviousSecret, At(entity, nameof(entity.PreviousSecret)), cancellationToken);
        return entity;
    }

    /// <summary>Opens a row's secrets; throws <see cref="SealedValueException"/> when one does not open here.</summary>
    public async Task<Opened> OpenAsync(SubscriptionEntity entity, CancellationToken cancellationToken)
    {
        var url = await sealer.OpenAsync(entity.Url, At(entity, nameof(entity.Url)), cancellationToken);
        var secret = await sealer.OpenAsync(entity.Secret, At(entity, nameof(entity.Secret)), cancellationToken);
        var previous = entity.PreviousSecret is null
            ? (OpenedValue?)null
            : await sealer.OpenAsync(entity.PreviousSecret, At(entity, nameof(entity.PreviousSecret)), cancellationToken);
        var subscription = entity.ToSubscription(url.Plaintext, secret.Plaintext, previous?.Plaintext);
        return new Opened(subscription, url.NeedsResealing || secret.NeedsResealing || previous?.NeedsResealing == true);
    }

    private static SealContext At(SubscriptionEntity entity, string column) =>
        new(TableNames.Subscriptions, entity.PartitionKey, entity.RowKey, column);
}
