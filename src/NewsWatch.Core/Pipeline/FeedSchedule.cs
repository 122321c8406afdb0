using NewsWatch.Core.Feeds;

namespace NewsWatch.Core.Pipeline;

/// <summary>When a feed is polled next, given how its last poll went.</summary>
public sealed class FeedSchedule(FeedOptions options)
{
    private readonly PollingPace pace = new(options);

    /// <summary>After a poll that worked: the next one as the feed's pace and hints call for (<see cref="PollingPace"/>).</summary>
    public WatchedFeed Succeeded(WatchedFeed feed, DateTimeOffset now, IReadOnlyCollection<DateTimeOffset> newPosts, TimeSpan? feedHint, TimeSpan? freshFor = null) =>
        pace.Next(feed, newPosts, feedHint, now, freshFor) with
        {
            LastPolledAt = now,
            LastSuccessAt = now,
            ConsecutiveFailures = 0,
            LastError = null,
        };

    /// <summary>Backs off exponentially per consecutive failure, capped, unless the server named its own wait.</summary>
    public WatchedFeed Failed(WatchedFeed feed, DateTimeOffset now, string error, TimeSpan? retryAfter = null)
    {
        var failures = feed.ConsecutiveFailures + 1;
        var backoff = options.PollInterval * Math.Pow(2, Math.Min(failures - 1, 20));
        var wait = retryAfter is { } asked && asked > TimeSpan.Zero ? asked : backoff;
        return feed with
        {
            LastPolledAt = now,
            ConsecutiveFailures = failures,
            LastError = error,
            NextPollAt = now + (wait < options.MaxBackoff ? wait : options.MaxBackoff),
        };
    }

    public static WatchedFeed Disabled(WatchedFeed feed, DateTimeOffset now, string reason) => feed with
    {
        LastPolledAt = now,
        IsEnabled = false,
        DisabledReason = reason,
        LastError = reason,
    };
}
