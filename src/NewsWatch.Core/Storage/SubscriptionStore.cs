using Azure.Data.Tables;
using NewsWatch.Core.Webhooks;

namespace NewsWatch.Core.Storage;

/// <summary>The Subscriptions table: one small partition, read whole once per cycle.</summary>
public sealed class SubscriptionStore(TableStore tables)
{
    public async Task SaveAsync(Subscription subscription, CancellationToken cancellationToken)
    {
        var table = await Table(cancellationToken);
        await table.UpsertEntityAsync(SubscriptionEntity.From(subscription), TableUpdateMode.Replace, cancellationToken);
    }

    public async Task<Subscription?> FindAsync(string id, CancellationToken cancellationToken)
    {
        var table = await Table(cancellationToken);
        var entity = await table.FindAsync<SubscriptionEntity>(SubscriptionEntity.Partition, TableKey.Encode(id), cancellationToken);
        return entity?.ToSubscription();
    }

    public async Task<IReadOnlyList<Subscription>> ListAsync(CancellationToken cancellationToken)
    {
        var table = await Table(cancellationToken);
        var subscriptions = new List<Subscription>();
        await foreach (var entity in table.QueryAsync<SubscriptionEntity>(e => e.PartitionKey == SubscriptionEntity.Partition, cancellationToken: cancellationToken))
            subscriptions.Add(entity.ToSubscription());
        return subscriptions;
    }

    public async Task<bool> DeleteAsync(string id, CancellationToken cancellationToken)
    {
        var table = await Table(cancellationToken);
        var response = await table.DeleteEntityAsync(SubscriptionEntity.Partition, TableKey.Encode(id), cancellationToken: cancellationToken);
        return response.Status != 404;
    }

    private Task<TableClient> Table(CancellationToken cancellationToken) => tables.GetTableAsync(TableNames.Subscriptions, cancellationToken);
}
