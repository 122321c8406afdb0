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

    /// <summary>
    /// Changes one subscription without losing a change made meanwhile by someone else (a
    /// user rotating its secret while a delivery cycle marks it failing): the change is
    /// applied to the row as stored and retried if the row moved. Returns the subscription as
    /// stored afterwards; null when it does not exist (deleted meanwhile stays deleted).
    /// </summary>
    public async Task<Subscription?> UpdateAsync(string id, Func<Subscription, Subscription?> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        var table = await Table(cancellationToken);
        while (true)
        {
            var entity = await table.FindAsync<SubscriptionEntity>(SubscriptionEntity.Partition, TableKey.Encode(id), cancellationToken);
            if (entity is null)
                return null;
            var current = entity.ToSubscription();
            if (change(current) is not { } changed)
                return current;
            try
            {
                await table.UpdateEntityAsync(SubscriptionEntity.From(changed), entity.ETag, TableUpdateMode.Replace, cancellationToken);
                return changed;
            }
            catch (Azure.RequestFailedException ex) when (ex.Status is 412 or 404)
            {
                // Moved or deleted since the read: read again.
            }
        }
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
