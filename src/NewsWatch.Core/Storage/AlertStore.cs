using System.Globalization;
using Azure.Data.Tables;
using NewsWatch.Core.Alerts;

namespace NewsWatch.Core.Storage;

/// <summary>The Alerts table, newest first.</summary>
public sealed class AlertStore(TableStore tables)
{
    /// <summary>Adds the alert unless it is already there (a redone cycle); returns its key either way.</summary>
    public async Task<AlertKey> AddAsync(Alert alert, CancellationToken cancellationToken)
    {
        var entity = AlertEntity.From(alert);
        var table = await Table(cancellationToken);
        await table.TryAddAsync(entity, cancellationToken);
        return new AlertKey(entity.PartitionKey, entity.RowKey);
    }

    public async Task<Alert?> FindAsync(AlertKey key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        var table = await Table(cancellationToken);
        var entity = await table.FindAsync<AlertEntity>(key.Partition, key.Row, cancellationToken);
        return entity?.ToAlert();
    }

    /// <summary>Alerts created in [since, until), newest first, reading only the months in range.</summary>
    public async IAsyncEnumerable<Alert> ListAsync(DateTimeOffset since, DateTimeOffset until, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var table = await Table(cancellationToken);
        var upper = TableKey.NewestFirst(until);
        var lower = TableKey.NewestFirst(since);
        for (var month = FirstOfMonth(until); month >= FirstOfMonth(since); month = month.AddMonths(-1))
        {
            var partition = TableKey.Month(month);
            var filter = string.Create(CultureInfo.InvariantCulture, $"PartitionKey eq '{partition}' and RowKey gt '{upper}~' and RowKey lt '{lower}~'");
            await foreach (var entity in table.QueryAsync<AlertEntity>(filter, cancellationToken: cancellationToken))
                yield return entity.ToAlert();
        }
    }

    private static DateTimeOffset FirstOfMonth(DateTimeOffset time) => new(time.UtcDateTime.Year, time.UtcDateTime.Month, 1, 0, 0, 0, TimeSpan.Zero);

    private Task<TableClient> Table(CancellationToken cancellationToken) => tables.GetTableAsync(TableNames.Alerts, cancellationToken);
}
