using Azure;
using Azure.Data.Tables;

namespace NewsWatch.Core.Storage;

/// <summary>A row of the Links table: which feed first carried a canonical link.</summary>
internal sealed class LinkEntity : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;
    public string RowKey { get; set; } = string.Empty;
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string FeedId { get; set; } = string.Empty;
    public string ItemId { get; set; } = string.Empty;
    public string Link { get; set; } = string.Empty;
}
