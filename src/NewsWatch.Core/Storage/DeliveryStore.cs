using Azure.Data.Tables;
using NewsWatch.Core.Webhooks;

namespace NewsWatch.Core.Storage;

/// <summary>The Deliveries table: the outbox of webhooks owed, one partition per subscription.</summary>
public sealed class DeliveryStore(TableStore tables)
{
    /// <summary>Writes the delivery unless it exists: redoing an alert never resets one already sent.</summary>
    public async Task<bool> EnqueueAsync(Delivery delivery, CancellationToken cancellationToken)
    {
        var table = await Table(cancellationToken);
        return await table.TryAddAsync(DeliveryEntity.From(delivery), cancellationToken);
    }

    public async Task SaveAsync(Delivery delivery, CancellationToken cancellationToken)
    {
        var table = await Table(cancellationToken);
        await table.UpsertEntityAsync(DeliveryEntity.From(delivery), TableUpdateMode.Replace, cancellationToken);
    }

    /// <summary>The subscription's pending deliveries whose next attempt is due.</summary>
    public async Task<IReadOnlyList<Delivery>> ListDueAsync(string subscriptionId, DateTimeOffset now, CancellationToken cancellationToken, int limit = int.MaxValue)
    {
        var table = await Table(cancellationToken);
        var partition = TableKey.Encode(subscriptionId);
        var pending = nameof(DeliveryState.Pending);
        var due = new List<Delivery>();
        var query = table.QueryAsync<DeliveryEntity>(
            e => e.PartitionKey == partition && e.State == pending && e.NextAttemptAt <= now,
            cancellationToken: cancellationToken);
        await foreach (var entity in query)
        {
            due.Add(entity.ToDelivery());
            if (due.Count == limit)
                break;
        }

        return due;
    }

    public async Task<IReadOnlyList<Delivery>> ListAsync(string subscriptionId, CancellationToken cancellationToken)
    {
        var table = await Table(cancellationToken);
        var partition = TableKey.Encode(subscriptionId);
        var all = new List<Delivery>();
        await foreach (var entity in table.QueryAsync<DeliveryEntity>(e => e.PartitionKey == partition, cancellationToken: cancellationToken))
            all.Add(entity.ToDelivery());
        return all;
    }

    /// <summary>
    /// The subscription's deliveries of one alert: its created notice and its updates, whose row
    /// keys all start with the alert's id, so this reads one key range of one partition.
    /// </summary>
    public async Task<IReadOnlyList<Delivery>> ListForAlertAsync(string subscriptionId, string alertId, CancellationToken cancellationToken)
    {
        var table = await Table(cancellationToken);
        var partition = TableKey.Encode(subscriptionId);
        var first = TableKey.Encode(alertId);
        var found = new List<Delivery>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {first} and RowKey lt {first + "~"} and AlertId eq {alertId}");
        await foreach (var entity in table.QueryAsync<DeliveryEntity>(filter, cancellationToken: cancellationToken))
            found.Add(entity.ToDelivery());
        return found;
    }

    /// <summary>
    /// The subscription's latest deliveries, at most <paramref name="limit"/>: row keys start with
    /// the alert's id, which sorts newest first, so the first rows are the latest alerts' notices.
    /// </summary>
    public async Task<IReadOnlyList<Delivery>> ListLatestAsync(string subscriptionId, int limit, CancellationToken cancellationToken)
    {
        var table = await Table(cancellationToken);
        var partition = TableKey.Encode(subscriptionId);
        var latest = new List<Delivery>(limit);
        await foreach (var entity in table.QueryAsync<DeliveryEntity>(e => e.PartitionKey == partition, maxPerPage: limit, cancellationToken: cancellationToken))
        {
            latest.Add(entity.ToDelivery());
            if (latest.Count == limit)
                break;
        }

        return latest;
    }

    /// <summary>
    /// Puts back in the queue the subscription's dead deliveries and those delivered since
    /// <paramref name="since"/>; they keep their webhook-id. Returns how many.
    /// </summary>
    public async Task<int> ReplayAsync(string subscriptionId, DateTimeOffset? since, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var replayed = 0;
        foreach (var delivery in await ListAsync(subscriptionId, cancellationToken))
        {
            var wanted = delivery.State == DeliveryState.Dead
                || (delivery.State == DeliveryState.Delivered && since is not null && delivery.CreatedAt >= since);
            if (!wanted)
                continue;
            await SaveAsync(delivery with { State = DeliveryState.Pending, Attempts = 0, NextAttemptAt = now, LastError = null, LastStatus = null, DeliveredAt = null }, cancellationToken);
            replayed++;
        }

        return replayed;
    }

    private Task<TableClient> Table(CancellationToken cancellationToken) => tables.GetTableAsync(TableNames.Deliveries, cancellationToken);
}
