using Azure;
using Azure.Data.Tables;

namespace NewsWatch.Core.Storage;

/// <summary>A row of the HostPauses table: PartitionKey <c>pause</c>, RowKey the host; a host's Retry-After, until when it is held back.</summary>
internal sealed class HostPauseEntity : ITableEntity
{
    public const string Partition = "pause";

    public string PartitionKey { get; set; } = Partition;
    public string RowKey { get; set; } = string.Empty;
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string Host { get; set; } = string.Empty;
    public DateTimeOffset Until { get; set; }
}
