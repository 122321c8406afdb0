using Azure.Data.Tables;
using NewsWatch.Core.Alerts;

namespace NewsWatch.Core.Storage;

/// <summary>The Stories table: which alert each event-and-entity pair belongs to, for finding a report's story without a scan.</summary>
public sealed class StoryStore(TableStore tables)
{
    /// <summary>Files the alert under each of its keys (add-if-absent, so a redo is harmless).</summary>
    public async Task AddAsync(Alert alert, IReadOnlyList<StoryKey> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(alert);
        ArgumentNullException.ThrowIfNull(keys);
        var table = await Table(cancellationToken);
        var hasPeopleOrTeams = keys.Any(k => k.Kind != StoryKey.Org);
        foreach (var key in keys)
        {
            var row = new StoryEntity { PartitionKey = TableKey.Encode(key.Partition), RowKey = TableKey.Encode(alert.Id), CreatedAt = alert.CreatedAt, HasPeopleOrTeams = hasPeopleOrTeams };
            await table.TryAddAsync(row, cancellationToken);
        }
    }

    /// <summary>
    /// The newest alert created since <paramref name="since"/> that shares a person or a team
    /// with the report, or its organisation when one of the two names no people or teams.
    /// </summary>
    public async Task<string?> FindOpenAsync(IReadOnlyList<StoryKey> keys, DateTimeOffset since, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var table = await Table(cancellationToken);
        var reportHasPeopleOrTeams = keys.Any(k => k.Kind != StoryKey.Org);
        string? newest = null;
        foreach (var key in keys)
        {
            var partition = TableKey.Encode(key.Partition);
            await foreach (var row in table.QueryAsync<StoryEntity>(r => r.PartitionKey == partition && r.CreatedAt >= since, cancellationToken: cancellationToken))
            {
                var strongEnough = key.Kind != StoryKey.Org || !reportHasPeopleOrTeams || !row.HasPeopleOrTeams;
                // Alert ids sort newest first.
                var alertId = TableKey.Decode(row.RowKey);
                if (strongEnough && (newest is null || string.CompareOrdinal(alertId, newest) < 0))
                    newest = alertId;
            }
        }

        return newest;
    }

    private Task<TableClient> Table(CancellationToken cancellationToken) => tables.GetTableAsync(TableNames.Stories, cancellationToken);
}
