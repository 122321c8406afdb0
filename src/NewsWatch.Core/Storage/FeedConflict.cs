using NewsWatch.Core.Feeds;

namespace NewsWatch.Core.Storage;

/// <summary>
/// How a poll's write settles with a change made to the feed's row while the feed was being
/// polled (a user renaming or disabling it through the API or the CLI, another poll).
/// </summary>
internal static class FeedConflict
{
    /// <summary>
    /// The poll's result re-applied on top of the row as it is now. The poll owns the polling
    /// state, which nobody else writes: validators, last poll and success, failures, last error,
    /// next poll, pace, and the URL a permanent redirect moved the feed to; those come from
    /// <paramref name="polled"/>. Items are also taken in by WebSub pushes, so the item count,
    /// newest post and pending marker keep what either writer set. A user owns the rest, so the fresh row wins:
    /// its title and language (the poll only fills in one still missing), and whether it is
    /// enabled (a user's disabling, with its reason, holds; the poll may disable a feed that is
    /// gone, but never enables one).
    /// </summary>
    public static WatchedFeed Resolve(WatchedFeed fresh, WatchedFeed polled)
    {
        ArgumentNullException.ThrowIfNull(fresh);
        ArgumentNullException.ThrowIfNull(polled);
        var pollDisables = fresh.IsEnabled && !polled.IsEnabled;
        return polled with
        {
            Title = fresh.Title ?? polled.Title,
            Language = fresh.Language ?? polled.Language,
            IsEnabled = fresh.IsEnabled && polled.IsEnabled,
            DisabledReason = pollDisables ? polled.DisabledReason : fresh.DisabledReason,
            // A WebSub push also takes items in meanwhile: its count and newest post stand, and
            // its pending marker is never cleared by a poll that did not set it (a marker left
            // after both are done costs the next poll one empty lookup).
            ItemCount = Math.Max(fresh.ItemCount, polled.ItemCount),
            DailyItems = DailyItems.Merge(fresh.DailyItems, polled.DailyItems),
            LastItemAt = Later(fresh.LastItemAt, polled.LastItemAt),
            PendingSince = polled.PendingSince ?? fresh.PendingSince,
            Version = fresh.Version,
        };
    }

    private static DateTimeOffset? Later(DateTimeOffset? first, DateTimeOffset? second) =>
        first is { } a && second is { } b ? (a > b ? a : b) : first ?? second;
}
