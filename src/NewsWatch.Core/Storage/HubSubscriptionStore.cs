using Azure.Data.Tables;
using NewsWatch.Core.Secrets;
using NewsWatch.Core.WebSub;

namespace NewsWatch.Core.Storage;

/// <summary>The HubSubscriptions table: one row per feed subscribed at a WebSub hub, its callback token and secret sealed.</summary>
public sealed class HubSubscriptionStore(TableStore tables, SecretSealer sealer)
{
    public async Task<HubSubscription?> FindAsync(string feedId, CancellationToken cancellationToken)
    {
        var table = await Table(cancellationToken);
        var entity = await table.FindAsync<HubSubscriptionEntity>(HubSubscriptionEntity.Partition, TableKey.Encode(feedId), cancellationToken);
        return entity is null ? null : await OpenAsync(entity, cancellationToken);
    }

    /// <summary>Every subscription: one partition, read once per poll cycle.</summary>
    public async Task<IReadOnlyDictionary<string, HubSubscription>> ListAsync(CancellationToken cancellationToken)
    {
        var table = await Table(cancellationToken);
        var found = new Dictionary<string, HubSubscription>(StringComparer.Ordinal);
        await foreach (var entity in table.QueryAsync<HubSubscriptionEntity>(e => e.PartitionKey == HubSubscriptionEntity.Partition, cancellationToken: cancellationToken))
        {
            var subscription = await OpenAsync(entity, cancellationToken);
            found[subscription.FeedId] = subscription;
        }

        return found;
    }

    public async Task SaveAsync(HubSubscription subscription, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        var entity = HubSubscriptionEntity.From(subscription);
        entity.Token = await sealer.SealAsync(subscription.Token, At(entity, nameof(entity.Token)), cancellationToken);
        entity.Secret = await sealer.SealAsync(subscription.Secret, At(entity, nameof(entity.Secret)), cancellationToken);
        var table = await Table(cancellationToken);
        await table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
    }

    public async Task RemoveAsync(string feedId, CancellationToken cancellationToken)
    {
        var table = await Table(cancellationToken);
        await table.DeleteEntityAsync(HubSubscriptionEntity.Partition, TableKey.Encode(feedId), cancellationToken: cancellationToken);
    }

    private async Task<HubSubscription> OpenAsync(HubSubscriptionEntity entity, CancellationToken cancellationToken)
    {
        var token = await sealer.OpenAsync(entity.Token, At(entity, nameof(entity.Token)), cancellationToken);
        var secret = await sealer.OpenAsync(entity.Secret, At(entity, nameof(entity.Secret)), cancellationToken);
        return entity.ToSubscription(token.Plaintext, secret.Plaintext);
    }

    private static SealContext At(HubSubscriptionEntity entity, string column) =>
        new(TableNames.HubSubscriptions, entity.PartitionKey, entity.RowKey, column);

    private Task<TableClient> Table(CancellationToken cancellationToken) => tables.GetTableAsync(TableNames.HubSubscriptions, cancellationToken);
}
