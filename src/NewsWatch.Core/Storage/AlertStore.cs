using Azure;
using Azure.Data.Tables;
using NewsWatch.Core.Alerts;

namespace NewsWatch.Core.Storage;

/// <summary>The Alerts table: one partition per month, newest first within it.</summary>
public sealed class AlertStore(TableStore tables)
{
    /// <summary>Adds the alert unless it is already there (a redone cycle); returns its key either way.</summary>
    public async Task<AlertKey> AddAsync(Alert alert, CancellationToken cancellationToken)
    {
        var entity = AlertEntity.From(alert);
        var table = await Table(cancellationToken);
        await table.TryAddAsync(entity, cancellationToken);
        return new AlertKey(entity.PartitionKey, alert.Id);
    }

    public async Task<Alert?> FindAsync(AlertKey key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        var table = await Table(cancellationToken);
        var entity = await table.FindAsync<AlertEntity>(key.Partition, TableKey.Encode(key.Row), cancellationToken);
        return entity?.ToAlert();
    }

    public Task<Alert?> FindAsync(string alertId, CancellationToken cancellationToken) =>
        AlertKey.Of(alertId) is { } key ? FindAsync(key, cancellationToken) : Task.FromResult<Alert?>(null);

    /// <summary>
    /// Applies a change to a stored alert, retrying when another writer changed it first.
    /// Returns the alert as stored afterwards, or null when it does not exist.
    /// </summary>
    public async Task<Alert?> UpdateAsync(AlertKey key, Func<Alert, Alert> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(change);
        var table = await Table(cancellationToken);
        while (true)
        {
            var entity = await table.FindAsync<AlertEntity>(key.Partition, TableKey.Encode(key.Row), cancellationToken);
            if (entity is null)
                return null;
            var current = entity.ToAlert();
            var changed = change(current);
            if (changed == current)
                return current;
            try
            {
                await table.UpdateEntityAsync(AlertEntity.From(changed), entity.ETag, TableUpdateMode.Replace, cancellationToken);
                return changed;
            }
            catch (RequestFailedException ex) when (ex.Status == 412)
            {
                // Another report joined at the same moment: read again and merge on top of it.
            }
        }
    }

    /// <summary>
    /// Alerts created in [since, until), newest first, reading only the months in range. Names and
    /// report languages are matched on the rows read, so a filter that matches little could read
    /// a long range: a page stops after <see cref="AlertQuery.MaxRowsRead"/> rows, with a continuation
    /// token at the last row read, and the caller asks for the next page as usual.
    /// </summary>
    public async Task<AlertPage> QueryAsync(AlertQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var table = await Table(cancellationToken);
        var found = new List<Alert>(query.Limit);
        var (read, lastRead) = (0, (string?)null);
        for (var month = FirstOfMonth(query.Until); month >= FirstOfMonth(query.Since) && found.Count < query.Limit && read < query.MaxRowsRead; month = month.AddMonths(-1))
        {
            await foreach (var entity in table.QueryAsync<AlertEntity>(Filter(query, TableKey.Month(month)), maxPerPage: 200, cancellationToken: cancellationToken))
            {
                var alert = entity.ToAlert();
                (read, lastRead) = (read + 1, alert.Id);
                if (query.Matches(alert))
                    found.Add(alert);
                if (found.Count == query.Limit || read == query.MaxRowsRead)
                    break;
            }
        }

        var isCut = found.Count == query.Limit || read == query.MaxRowsRead;
        return new AlertPage(found, isCut ? lastRead : null);
    }

    private static string Filter(AlertQuery query, string partition)
    {
        // Row keys sort newest first, so the range is (until, since] read downwards in time.
        var upper = TableKey.NewestFirst(query.Until) + "~";
        var after = query.After is null ? null : TableKey.Encode(query.After);
        var start = after is not null && string.CompareOrdinal(after, upper) > 0 ? after : upper;
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey gt {start} and RowKey lt {TableKey.NewestFirst(query.Since) + "~"}");
        if (query.Event is { } alertEvent)
            filter += " and " + TableClient.CreateQueryFilter($"Event eq {alertEvent.ToString().ToLowerInvariant()}");
        return filter;
    }

    private static DateTimeOffset FirstOfMonth(DateTimeOffset time) => new(time.UtcDateTime.Year, time.UtcDateTime.Month, 1, 0, 0, 0, TimeSpan.Zero);

    private Task<TableClient> Table(CancellationToken cancellationToken) => tables.GetTableAsync(TableNames.Alerts, cancellationToken);
}
