using Azure.Data.Tables;
using NewsWatch.Core.Webhooks;

namespace NewsWatch.Core.Storage;

/// <summary>The Deliveries table: the outbox of webhooks owed, one partition per subscription.</summary>
public sealed class DeliveryStore(TableStore tables)
{
    /// <summary>The most rows <see cref="ListRecentAsync"/> reads: a subscription's notices of a month are far fewer.</summary>
    public const int MaxRecentRows = 5_000;

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
    /// The subscription's deliveries created since <paramref name="since"/>, newest first, at most
    /// <paramref name="limit"/>. Rows sort by their alert, not by when they were made (an update
    /// to an old story sits beside its alert), so the window is read whole, up to
    /// <see cref="MaxRecentRows"/> rows, and sorted here.
    /// </summary>
    public async Task<IReadOnlyList<Delivery>> ListRecentAsync(string subscriptionId, DateTimeOffset since, int limit, CancellationToken cancellationToken)
    {
        var table = await Table(cancellationToken);
        var partition = TableKey.Encode(subscriptionId);
        var recent = new List<Delivery>();
        await foreach (var entity in table.QueryAsync<DeliveryEntity>(e => e.PartitionKey == partition && e.CreatedAt >= since, cancellationToken: cancellationToken))
        {
            recent.Add(entity.ToDelivery());
            if (recent.Count == MaxRecentRows)
                break;
        }

        return [.. recent.OrderByDescending(d => d.CreatedAt).ThenByDescending(d => d.Key, StringComparer.Ordinal).Take(limit)];
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
