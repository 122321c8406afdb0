using Azure;
using Azure.Data.Tables;
using NewsWatch.Core.Feeds;

namespace NewsWatch.Core.Storage;

/// <summary>A row of the Feeds table: PartitionKey <c>feed</c>, RowKey the feed id.</summary>
internal sealed class FeedEntity : ITableEntity
{
    public const string Partition = "feed";

    // Whatever a feed sends, its row must stay writable (see TableText); a title or an error
    // message never needs more than this. The URL is not cut: it is refused where feeds are
    // added (WatchedFeed.MaxUrlLength), as a cut URL would be another feed.
    private const int MaxTitle = 2_000;
    private const int MaxLanguage = 100;
    private const int MaxError = 2_000;

    // A cut validator would never match the server's again, and sending it back would only
    // earn a full answer (or a refused request line). Storing none costs one full download
    // and lets the next poll succeed; real ETags and dates are a few dozen characters.
    private const int MaxValidator = 2_048;

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
    public DateTimeOffset? LastItemAt { get; set; }
    public string? DailyItems { get; set; }

    // Table Storage has no duration type: intervals are kept in seconds.
    public double? MeanItemGapSeconds { get; set; }
    public double? PollEverySeconds { get; set; }
    public double? IntervalHintSeconds { get; set; }

    public static FeedEntity From(WatchedFeed feed) => new()
    {
        RowKey = TableKey.Encode(feed.Id),
        Url = feed.Url.AbsoluteUri,
        Title = TableText.Fit(feed.Title, MaxTitle),
        Language = TableText.Fit(feed.Language, MaxLanguage),
        IsEnabled = feed.IsEnabled,
        DisabledReason = TableText.Fit(feed.DisabledReason, MaxError),
        HttpETag = TableText.WholeOrNone(feed.ETag, MaxValidator),
        HttpLastModified = TableText.WholeOrNone(feed.LastModified, MaxValidator),
        LastPolledAt = feed.LastPolledAt,
        LastSuccessAt = feed.LastSuccessAt,
        ConsecutiveFailures = feed.ConsecutiveFailures,
        LastError = TableText.Fit(feed.LastError, MaxError),
        NextPollAt = feed.NextPollAt,
        ItemCount = feed.ItemCount,
        PendingSince = feed.PendingSince,
        LastItemAt = feed.LastItemAt,
        DailyItems = feed.DailyItems.ToString(),
        MeanItemGapSeconds = feed.MeanItemGap?.TotalSeconds,
        PollEverySeconds = feed.PollEvery?.TotalSeconds,
        IntervalHintSeconds = feed.IntervalHint?.TotalSeconds,
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
        LastItemAt = LastItemAt,
        DailyItems = Feeds.DailyItems.Parse(DailyItems),
        MeanItemGap = Duration(MeanItemGapSeconds),
        PollEvery = Duration(PollEverySeconds),
        IntervalHint = Duration(IntervalHintSeconds),
        Version = ETag.ToString(),
    };

    // A row written by hand or by another version may hold anything: a value no interval can be is no value.
    private static TimeSpan? Duration(double? seconds) =>
        seconds is { } value && double.IsFinite(value) && value >= 0 && value <= TimeSpan.MaxValue.TotalSeconds / 2
            ? TimeSpan.FromSeconds(value)
            : null;
}
