using Azure;
using Azure.Data.Tables;
using NewsWatch.Core.Feeds;

namespace NewsWatch.Core.Storage;

/// <summary>A row of the Feeds table: PartitionKey <c>feed</c>, RowKey the feed id.</summary>
internal sealed class FeedEntity : ITableEntity
{
    public const string Partition = "feed";

    public string PartitionKey { get; set; } = Partition;
    public string RowKey { get; set; } = string.Empty;
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string Url { get; set; } = string.Empty;
    public string? Title { get; set; }
    public string? Language { get; set; }
    public bool IsEnabled { get; set; } = true;
    public string? DisabledReason { get; set; }
    public string? HttpETag { get; set; }
    public string? HttpLastModified { get; set; }
    public DateTimeOffset? LastPolledAt { get; set; }
    public DateTimeOffset? LastSuccessAt { get; set; }
    public int ConsecutiveFailures { get; set; }
    public string? LastError { get; set; }
    public DateTimeOffset? NextPollAt { get; set; }
    public long ItemCount { get; set; }
    public DateTimeOffset? PendingSince { get; set; }

    public static FeedEntity From(WatchedFeed feed) => new()
    {
        RowKey = TableKey.Encode(feed.Id),
        Url = feed.Url.AbsoluteUri,
        Title = feed.Title,
        Language = feed.Language,
        IsEnabled = feed.IsEnabled,
        DisabledReason = feed.DisabledReason,
        HttpETag = feed.ETag,
        HttpLastModified = feed.LastModified,
        LastPolledAt = feed.LastPolledAt,
        LastSuccessAt = feed.LastSuccessAt,
        ConsecutiveFailures = feed.ConsecutiveFailures,
        LastError = Truncate(feed.LastError),
        NextPollAt = feed.NextPollAt,
        ItemCount = feed.ItemCount,
        PendingSince = feed.PendingSince,
    };

    public WatchedFeed ToFeed() => new(TableKey.Decode(RowKey), new Uri(Url))
    {
        Title = Title,
        Language = Language,
        IsEnabled = IsEnabled,
        DisabledReason = DisabledReason,
        ETag = HttpETag,
        LastModified = HttpLastModified,
        LastPolledAt = LastPolledAt,
        LastSuccessAt = LastSuccessAt,
        ConsecutiveFailures = ConsecutiveFailures,
        LastError = LastError,
        NextPollAt = NextPollAt,
        ItemCount = ItemCount,
        PendingSince = PendingSince,
    };

    // A property holds at most 32K characters; an error message never needs that many.
    private static string? Truncate(string? text) => text is { Length: > 2000 } ? text[..2000] : text;
}
