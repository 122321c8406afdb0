using Azure;
using Azure.Data.Tables;
using NewsWatch.Core.Feeds;

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

    /// <summary>
    /// This feed's claim on the item's link. Sixteen partitions, by the hash's first digit,
    /// spread the load while letting one feed's claims go in a few transactions.
    /// </summary>
    public static LinkEntity Claim(NewsItem item)
    {
        var hash = StableId.Of(item.CanonicalLink!);
        return new LinkEntity { PartitionKey = hash[..1], RowKey = hash, FeedId = item.FeedId, ItemId = item.Id, Link = item.CanonicalLink! };
    }
}
