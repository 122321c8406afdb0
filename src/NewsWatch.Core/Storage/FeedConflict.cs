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
    /// next poll, item count, the pending marker, and the URL a permanent redirect moved the feed
    /// to; those come from <paramref name="polled"/>. A user owns the rest, so the fresh row wins:
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
            Version = fresh.Version,
        };
    }
}
