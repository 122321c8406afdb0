using NewsWatch.Core.Feeds;

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
    DateTimeOffset? NextPollAt)
{
    public static FeedState Of(WatchedFeed feed)
    {
        ArgumentNullException.ThrowIfNull(feed);
        return new(feed.Id, feed.Title, feed.Url, feed.Language, feed.IsEnabled, feed.DisabledReason, feed.LastPolledAt,
            feed.ItemCount, feed.ConsecutiveFailures, feed.LastError, feed.NextPollAt);
    }

    /// <summary>Feeds in the order a person looks for them: by title, else by URL.</summary>
    public static IReadOnlyList<FeedState> Ordered(IEnumerable<WatchedFeed> feeds) =>
        feeds.Select(Of).OrderBy(f => f.Title ?? f.Url.AbsoluteUri, StringComparer.OrdinalIgnoreCase).ThenBy(f => f.Id, StringComparer.Ordinal).ToList();
}
