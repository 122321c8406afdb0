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
    /// <summary>The link, for people reading the table; the key is the hash of the whole link, so a cut one costs nothing.</summary>
    public string Link { get; set; } = string.Empty;

    /// <summary>When the claim was made (null on rows from before this was kept, which count as old).</summary>
    public DateTimeOffset? ClaimedAt { get; set; }

    private const int MaxLink = 4_096;

    /// <summary>
    /// This feed's claim on the item's link. Four partitions, by the hash's first digit,
    /// spread the load (each takes thousands of writes a second) while one feed's claims go in
    /// about four transactions.
    /// </summary>
    public static LinkEntity Claim(NewsItem item, DateTimeOffset claimedAt)
    {
        var hash = StableId.Of(item.CanonicalLink!);
        var partition = "l" + (Convert.ToInt32(hash[..1], 16) / 4).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new LinkEntity { PartitionKey = partition, RowKey = hash, FeedId = item.FeedId, ItemId = item.Id, Link = TableText.Fit(item.CanonicalLink!, MaxLink), ClaimedAt = claimedAt };
    }
}
