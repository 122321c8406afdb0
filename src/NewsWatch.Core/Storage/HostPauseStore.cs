using Azure;
using Azure.Data.Tables;

namespace NewsWatch.Core.Storage;

/// <summary>
/// The hosts that asked NewsWatch to wait (Retry-After), shared by every instance of the app:
/// a poll cycle may run on another instance, or in a process started after the one that was
/// told to wait, and must be just as polite. One partition, holding only pauses not yet over.
/// </summary>
public sealed class HostPauseStore(TableStore tables)
{
    private const int MaxWriteAttempts = 3;

    /// <summary>Every pause still running at <paramref name="now"/>, by host; pauses found over are deleted on the way.</summary>
    public async Task<IReadOnlyDictionary<string, DateTimeOffset>> ListActiveAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var table = await Table(cancellationToken);
        var active = new Dictionary<string, DateTimeOffset>(StringComparer.OrdinalIgnoreCase);
        var over = new List<HostPauseEntity>();
        await foreach (var entity in table.QueryAsync<HostPauseEntity>(e => e.PartitionKey == HostPauseEntity.Partition, cancellationToken: cancellationToken))
        {
            if (entity.Until > now)
                active[entity.Host] = entity.Until;
            else
                over.Add(entity);
        }

        foreach (var entity in over)
        {
            // Only the version read: a pause renewed meanwhile by another instance stays.
            try
            {
                await table.DeleteEntityAsync(entity.PartitionKey, entity.RowKey, entity.ETag, cancellationToken);
            }
            catch (RequestFailedException ex) when (ex.Status is 404 or 412)
            {
            }
        }

        return active;
    }

    /// <summary>Holds the host back until <paramref name="until"/>, unless a longer pause is already stored.</summary>
    public async Task ExtendAsync(string host, DateTimeOffset until, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(host);
        var table = await Table(cancellationToken);
        var row = new HostPauseEntity { RowKey = TableKey.Encode(host.ToLowerInvariant()), Host = host.ToLowerInvariant(), Until = until };
        for (var attempt = 1; attempt <= MaxWriteAttempts; attempt++)
        {
            var stored = await table.FindAsync<HostPauseEntity>(HostPauseEntity.Partition, row.RowKey, cancellationToken);
            if (stored is null)
            {
                if (await table.TryAddAsync(row, cancellationToken))
                    return;
                continue;
            }

            if (stored.Until >= until)
                return;
            try
            {
                await table.UpdateEntityAsync(row, stored.ETag, TableUpdateMode.Replace, cancellationToken);
                return;
            }
            catch (RequestFailedException ex) when (ex.Status is 404 or 412)
            {
                // Another instance wrote or removed the pause meanwhile: compare with what it wrote.
            }
        }
    }

    private Task<TableClient> Table(CancellationToken cancellationToken) => tables.GetTableAsync(TableNames.HostPauses, cancellationToken);
}
