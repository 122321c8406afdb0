using NewsWatch.Core.Feeds;
using NewsWatch.Core.WebSub;

namespace NewsWatch.Functions.Functions.Feeds;

/// <summary>What a reader is shown of a feed: its state and pace, never its whole URL or its errors' text.</summary>
public sealed record FeedHealthView(
    string Id,
    string? Title,
    string Host,
    string? Language,
    bool IsEnabled,
    DateTimeOffset? LastPolledAt,
    DateTimeOffset? LastSuccessAt,
    DateTimeOffset? NextPollAt,
    int ConsecutiveFailures,
    long ItemCount,
    IReadOnlyList<DayCount> ItemsPerDay,
    TimeSpan? PollEvery,
    FeedHealthView.PushState? Push)
{
    /// <summary>Whether a WebSub hub pushes the feed, without the hub's address or error.</summary>
    public sealed record PushState(string State, DateTimeOffset? LeaseUntil, DateTimeOffset? LastPushAt);

    public static FeedHealthView Of(WatchedFeed feed, PushStatus? pushStatus, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(feed);
        return new FeedHealthView(
            feed.Id, feed.Title, feed.Url.Host, feed.Language, feed.IsEnabled, feed.LastPolledAt, feed.LastSuccessAt, feed.NextPollAt,
            feed.ConsecutiveFailures, feed.ItemCount, feed.DailyItems.Window(now), feed.PollEvery,
            pushStatus is null ? null : new PushState(pushStatus.State, pushStatus.LeaseUntil, pushStatus.LastPushAt));
    }
}
