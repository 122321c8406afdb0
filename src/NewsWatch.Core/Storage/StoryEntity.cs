using Azure;
using Azure.Data.Tables;

namespace NewsWatch.Core.Storage;

/// <summary>
/// A row of the Stories table: PartitionKey an event and one named entity, RowKey an alert
/// id. A new report reads its entities' partitions to find the open story it belongs to.
/// </summary>
internal sealed class StoryEntity : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;
    public string RowKey { get; set; } = string.Empty;
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Whether the alert names people or teams: an organisation alone then is too weak a match.</summary>
    public bool HasPeopleOrTeams { get; set; }
}
