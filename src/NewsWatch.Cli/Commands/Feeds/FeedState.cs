using NewsWatch.Core.Feeds;
using NewsWatch.Core.WebSub;

namespace NewsWatch.Cli.Commands.Feeds;

/// <summary>What <c>feeds list</c> shows of a feed, in the shape its <c>--json</c> output has.</summary>
internal sealed record FeedState(
    string Id,
    string? Title,
    Uri Url,
    string? Language,
    bool Enabled,
    string? DisabledReason,
    DateTimeOffset? LastPolledAt,
    long ItemCount,
    int ConsecutiveFailures,
    string? LastError,
    DateTimeOffset? NextPollAt,
    PushStatus? Push)
{
    public static FeedState Of(WatchedFeed feed, PushStatus? push = null)
    {
        ArgumentNullException.ThrowIfNull(feed);
        return new(feed.Id, feed.Title, feed.Url, feed.Language, feed.IsEnabled, feed.DisabledReason, feed.LastPolledAt,
            feed.ItemCount, feed.ConsecutiveFailures, feed.LastError, feed.NextPollAt, push);
    }

    /// <summary>Feeds in the order a person looks for them: by title, else by URL; with their WebSub push, where a hub pushes them.</summary>
    public static IReadOnlyList<FeedState> Ordered(IEnumerable<FeedWithPush> feeds) => InReadingOrder(feeds.Select(f => Of(f.Feed, f.Push)));

    /// <summary>Feeds in the order a person looks for them, without their push (an export of the feed list).</summary>
    public static IReadOnlyList<FeedState> Ordered(IEnumerable<WatchedFeed> feeds) => InReadingOrder(feeds.Select(feed => Of(feed)));

    private static List<FeedState> InReadingOrder(IEnumerable<FeedState> feeds) =>
        feeds.OrderBy(f => f.Title ?? f.Url.AbsoluteUri, StringComparer.OrdinalIgnoreCase).ThenBy(f => f.Id, StringComparer.Ordinal).ToList();
}
