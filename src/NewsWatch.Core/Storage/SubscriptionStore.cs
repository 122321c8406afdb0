using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using NewsWatch.Core.Secrets;
using NewsWatch.Core.Webhooks;

namespace NewsWatch.Core.Storage;

/// <summary>
/// The Subscriptions table: one small partition, read whole once per cycle. Secrets are
/// sealed in the table (<see cref="SubscriptionSealing"/>). Reading a row also keeps it tidy:
/// a row written in plaintext by an earlier version, or sealed with a data key that is no
/// longer current, is sealed again, and a previous secret whose grace period has ended is
/// erased. The delivery cycle reads every row, so this happens within a cycle.
/// </summary>
public sealed partial class SubscriptionStore(TableStore tables, SecretSealer sealer, TimeProvider time, ILogger<SubscriptionStore> logger)
{
    private readonly SubscriptionSealing sealing = new(sealer);

    public async Task SaveAsync(Subscription subscription, CancellationToken cancellationToken)
    {
        var table = await Table(cancellationToken);
        await table.UpsertEntityAsync(await sealing.SealAsync(subscription, cancellationToken), TableUpdateMode.Replace, cancellationToken);
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
            var (current, needsWriting) = await OpenAsync(entity, cancellationToken);
            var changed = change(current);
            if (changed is null && !needsWriting)
                return current;
            changed ??= current;
            if (await TryReplaceAsync(table, changed, entity, cancellationToken))
                return changed;
        }
    }

    /// <summary>One subscription; throws <see cref="SealedValueException"/> when its secrets do not open with this installation's keys.</summary>
    public async Task<Subscription?> FindAsync(string id, CancellationToken cancellationToken)
    {
        var table = await Table(cancellationToken);
        var entity = await table.FindAsync<SubscriptionEntity>(SubscriptionEntity.Partition, TableKey.Encode(id), cancellationToken);
        return entity is null ? null : await ReadAsync(table, entity, cancellationToken);
    }

    /// <summary>
    /// Every subscription whose secrets open. One that does not (a data key missing or disabled,
    /// a row altered) is logged as an error and left out, so it cannot stop a cycle; its
    /// deliveries are still queued (<see cref="ListFiltersAsync"/>) and wait for it.
    /// </summary>
    public async Task<IReadOnlyList<Subscription>> ListAsync(CancellationToken cancellationToken)
    {
        var table = await Table(cancellationToken);
        var subscriptions = new List<Subscription>();
        await foreach (var entity in table.QueryAsync<SubscriptionEntity>(e => e.PartitionKey == SubscriptionEntity.Partition, cancellationToken: cancellationToken))
        {
            try
            {
                subscriptions.Add(await ReadAsync(table, entity, cancellationToken));
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                LogUnreadable(ex, TableKey.Decode(entity.RowKey));
            }
        }

        return subscriptions;
    }

    /// <summary>What every subscription wants, read without opening a sealed column: all the outbox needs.</summary>
    public async Task<IReadOnlyList<SubscriptionFilter>> ListFiltersAsync(CancellationToken cancellationToken)
    {
        var table = await Table(cancellationToken);
        var filters = new List<SubscriptionFilter>();
        await foreach (var entity in table.QueryAsync<SubscriptionEntity>(e => e.PartitionKey == SubscriptionEntity.Partition, cancellationToken: cancellationToken))
            filters.Add(entity.ToFilter());
        return filters;
    }

    public async Task<bool> DeleteAsync(string id, CancellationToken cancellationToken)
    {
        var table = await Table(cancellationToken);
        var response = await table.DeleteEntityAsync(SubscriptionEntity.Partition, TableKey.Encode(id), cancellationToken: cancellationToken);
        return response.Status != 404;
    }

    /// <summary>Opens a row and tidies it; a failed tidying write is logged, not thrown, as the next read tries again.</summary>
    private async Task<Subscription> ReadAsync(TableClient table, SubscriptionEntity entity, CancellationToken cancellationToken)
    {
        var (subscription, needsWriting) = await OpenAsync(entity, cancellationToken);
        if (!needsWriting)
            return subscription;
        try
        {
            await TryReplaceAsync(table, subscription, entity, cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            LogTidyingFailed(ex, subscription.Id);
        }

        return subscription;
    }

    /// <summary>The row's subscription with an ended grace period's secret erased, and whether the row must be written for that or for sealing.</summary>
    private async Task<(Subscription Subscription, bool NeedsWriting)> OpenAsync(SubscriptionEntity entity, CancellationToken cancellationToken)
    {
        var opened = await sealing.OpenAsync(entity, cancellationToken);
        var subscription = opened.Subscription;
        if (subscription.PreviousSecret is null || subscription.PreviousSecretExpiresAt > time.GetUtcNow())
            return (subscription, opened.NeedsResealing);
        return (subscription with { PreviousSecret = null, PreviousSecretExpiresAt = null }, true);
    }

    /// <summary>Writes the row if it has not moved since it was read; false when it had (another writer wins, and sealed it too).</summary>
    private async Task<bool> TryReplaceAsync(TableClient table, Subscription subscription, SubscriptionEntity read, CancellationToken cancellationToken)
    {
        try
        {
            await table.UpdateEntityAsync(await sealing.SealAsync(subscription, cancellationToken), read.ETag, TableUpdateMode.Replace, cancellationToken);
            return true;
        }
        catch (Azure.RequestFailedException ex) when (ex.Status is 412 or 404)
        {
            return false;
        }
    }

    private Task<TableClient> Table(CancellationToken cancellationToken) => tables.GetTableAsync(TableNames.Subscriptions, cancellationToken);

    [LoggerMessage(Level = LogLevel.Error, Message = "Subscription {SubscriptionId} is left out: its secrets do not open with this installation's data keys; its deliveries wait")]
    private partial void LogUnreadable(Exception exception, string subscriptionId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Subscription {SubscriptionId} could not be sealed again or tidied; the next read tries again")]
    private partial void LogTidyingFailed(Exception exception, string subscriptionId);
}
