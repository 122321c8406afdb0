using Azure;
using Azure.Data.Tables;

namespace NewsWatch.Core.Storage;

/// <summary>Add-if-absent writes that make redone work harmless.</summary>
public static class TableClientExtensions
{
    /// <summary>Adds the entity; returns false, without error, when it was already there.</summary>
    public static async Task<bool> TryAddAsync(this TableClient table, ITableEntity entity, CancellationToken cancellationToken) =>
        await table.AddIfAbsentAsync(entity, cancellationToken) is not null;

    /// <summary>Adds the entity and returns the version it was stored as; null, without error, when it was already there.</summary>
    public static async Task<ETag?> AddIfAbsentAsync(this TableClient table, ITableEntity entity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(table);
        try
        {
            var response = await table.AddEntityAsync(entity, cancellationToken);
            // The service always sends the version; were it missing, a later write over "*" could
            // still only update the row, never re-create it.
            return response.Headers.ETag ?? ETag.All;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return null;
        }
    }

    /// <summary>Reads one entity, or null when there is none.</summary>
    public static async Task<T?> FindAsync<T>(this TableClient table, string partitionKey, string rowKey, CancellationToken cancellationToken)
        where T : class, ITableEntity
    {
        ArgumentNullException.ThrowIfNull(table);
        var response = await table.GetEntityIfExistsAsync<T>(partitionKey, rowKey, cancellationToken: cancellationToken);
        return response.HasValue ? response.Value : null;
    }

    /// <summary>
    /// Submits same-partition actions as transactions of at most 100, the most Azure accepts in
    /// one. Returns the actions of the transactions refused because an added entity already
    /// existed (none were applied: a transaction is all or nothing), for the caller to settle.
    /// </summary>
    public static async Task<IReadOnlyList<TableTransactionAction>> SubmitInChunksAsync(this TableClient table, IReadOnlyList<TableTransactionAction> actions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(actions);
        var refused = new List<TableTransactionAction>();
        foreach (var chunk in actions.Chunk(MaxTransactionSize))
        {
            try
            {
                await table.SubmitTransactionAsync(chunk, cancellationToken);
            }
            catch (TableTransactionFailedException ex) when (ex.Status == 409)
            {
                refused.AddRange(chunk);
            }
        }

        return refused;
    }

    public const int MaxTransactionSize = 100;
}
