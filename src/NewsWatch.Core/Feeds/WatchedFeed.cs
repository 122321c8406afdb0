using System.Text.Json.Serialization;

namespace NewsWatch.Core.Feeds;

/// <summary>A feed NewsWatch polls, with what it learnt the last times it did.</summary>
public sealed record WatchedFeed(string Id, Uri Url)
{
    /// <summary>
    /// The longest feed URL (as <see cref="Uri.AbsoluteUri"/>) NewsWatch watches. Longer ones are
    /// refused where feeds are added, and redirects to them not followed for good: a URL is
    /// stored whole or not at all, since a cut one names another resource.
    /// </summary>
    public const int MaxUrlLength = 2048;

    public string? Title { get; init; }

    /// <summary>The language the user or the feed declared (ISO 639-1), a hint for the classifier.</summary>
    public string? Language { get; init; }

    public bool IsEnabled { get; init; } = true;

    public string? DisabledReason { get; init; }

    public string? ETag { get; init; }

    public string? LastModified { get; init; }

    public DateTimeOffset? LastPolledAt { get; init; }

    public DateTimeOffset? LastSuccessAt { get; init; }

    public int ConsecutiveFailures { get; init; }

    public string? LastError { get; init; }

    public DateTimeOffset? NextPollAt { get; init; }

    /// <summary>The newest publication time the feed has shown: items published later are new posts.</summary>
    public DateTimeOffset? LastItemAt { get; init; }

    /// <summary>The feed's usual time between two posts, as observed (a moving average); null until two posts were seen.</summary>
    public TimeSpan? MeanItemGap { get; init; }

    /// <summary>The interval the last successful poll chose: quiet polls lengthen it step by step.</summary>
    public TimeSpan? PollEvery { get; init; }

    /// <summary>The least interval the feed document asked for (ttl, sy:updatePeriod); HTTP freshness counts only for the answer that carried it.</summary>
    public TimeSpan? IntervalHint { get; init; }

    /// <summary>How many distinct items the feed has brought so far.</summary>
    public long ItemCount { get; init; }

    /// <summary>New items per day lately; shown through <see cref="DailyItems.Window"/>, so not serialised as it is.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public DailyItems DailyItems { get; init; } = DailyItems.None;

    /// <summary>Set while a cycle works through this feed's items; still set after a crash, so the next cycle finishes them.</summary>
    public DateTimeOffset? PendingSince { get; init; }

    /// <summary>
    /// The version of the stored row this copy was read or last written as (the table's ETag);
    /// null for a feed not read from storage. A poll writes back only over that version, so
    /// that a change made meanwhile is seen (see <c>FeedStore.RecordPollAsync</c>).
    /// </summary>
    [JsonIgnore]
    public string? Version { get; init; }

    public bool IsDue(DateTimeOffset now) => IsEnabled && (NextPollAt is null || NextPollAt <= now);

    /// <summary>Whether the URL is short enough to be a watched feed's (see <see cref="MaxUrlLength"/>).</summary>
    public static bool IsWatchableUrl(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return url.AbsoluteUri.Length <= MaxUrlLength;
    }

    /// <summary>The id a feed URL gets when first added; it stays when the feed moves.</summary>
    public static string IdFor(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return StableId.Of(url.AbsoluteUri, 16);
    }
}
