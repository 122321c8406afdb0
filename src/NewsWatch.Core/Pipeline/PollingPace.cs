using NewsWatch.Core.Feeds;

namespace NewsWatch.Core.Pipeline;

/// <summary>
/// How often a feed is polled, from how often it publishes and what it asks for. A feed that
/// posts at least daily is polled within <see cref="FeedOptions.DailyFeedMaxInterval"/>, so its
/// news is heard within minutes; a quieter one about four times per usual gap between posts, up
/// to <see cref="FeedOptions.MaxPollInterval"/>. Every quiet poll at most doubles the interval, and
/// a poll that finds a new post drops it to <see cref="FeedOptions.PollInterval"/> at once, since
/// posts come in bursts. The feed's own hints (ttl, sy:updatePeriod, Cache-Control max-age,
/// Expires) are honoured as a least interval, within the same bounds.
/// </summary>
public sealed class PollingPace(FeedOptions options)
{
    /// <summary>How much one new gap moves the usual gap: a few posts reshape it, one outlier does not.</summary>
    private const double GapWeight = 0.25;

    /// <summary>Polls per usual gap between posts: a post waits a quarter of the gap at most.</summary>
    private const int PollsPerGap = 4;

    /// <summary>
    /// The usual gap up to which a feed counts as daily. A feed posting once a day at whatever
    /// hour has gaps from minutes to two days, and its average wanders above a day.
    /// </summary>
    private static readonly TimeSpan DailyGap = TimeSpan.FromDays(2);

    /// <summary>
    /// The feed after a successful poll that brought items never seen on it, published at
    /// <paramref name="newPosts"/> (on a feed's first poll, all it holds), with the interval and
    /// the next poll chosen.
    /// </summary>
    /// <param name="feedHint">The least interval the feed document asks for (ttl, sy:), kept on the feed for the 304s that follow.</param>
    /// <param name="freshFor">How long this answer stays fresh by its HTTP headers (max-age, Expires): this answer's only.</param>
    public WatchedFeed Next(WatchedFeed feed, IReadOnlyCollection<DateTimeOffset> newPosts, TimeSpan? feedHint, DateTimeOffset now, TimeSpan? freshFor = null)
    {
        ArgumentNullException.ThrowIfNull(feed);
        ArgumentNullException.ThrowIfNull(newPosts);
        // Misdated items (in the future) and backfilled ones (older than the newest seen) are new
        // to us but say nothing about the gaps between the feed's posts.
        var posts = newPosts.Where(at => at <= now && (feed.LastItemAt is null || at > feed.LastItemAt)).Order().ToList();
        var (lastItemAt, meanGap) = Observe(feed.LastItemAt, feed.MeanItemGap, posts);
        // Only a post newer than any seen speeds the feed up: a search feed keeps bringing older
        // articles it had not shown before, which say nothing about a new burst.
        var interval = Bounded(Hinted(Interval(feed, posts.Count > 0, lastItemAt, meanGap, now), Longest(feedHint, freshFor)));
        return feed with
        {
            LastItemAt = lastItemAt,
            MeanItemGap = meanGap,
            PollEvery = interval,
            IntervalHint = feedHint,
            NextPollAt = now + interval,
        };
    }

    private static (DateTimeOffset? LastItemAt, TimeSpan? MeanGap) Observe(DateTimeOffset? lastItemAt, TimeSpan? meanGap, List<DateTimeOffset> posts)
    {
        foreach (var post in posts)
        {
            if (lastItemAt is { } previous)
            {
                var gap = post - previous;
                meanGap = meanGap is { } mean ? (mean * (1 - GapWeight)) + (gap * GapWeight) : gap;
            }

            lastItemAt = post;
        }

        return (lastItemAt, meanGap);
    }

    private TimeSpan Interval(WatchedFeed feed, bool posted, DateTimeOffset? lastItemAt, TimeSpan? meanGap, DateTimeOffset now)
    {
        // A new feed, and one that has just posted, is polled at the shortest interval: more may follow.
        if (posted || feed.PollEvery is not { } previous)
            return options.PollInterval;
        var target = Target(lastItemAt, meanGap, now);
        var ramped = previous * 2;
        return ramped < target ? ramped : target;
    }

    /// <summary>The interval the feed's pace calls for, once it has been quiet a while.</summary>
    private TimeSpan Target(DateTimeOffset? lastItemAt, TimeSpan? meanGap, DateTimeOffset now)
    {
        // Silence twice as long as the usual gap means the feed has slowed down.
        var silence = lastItemAt is { } last ? (now - last) / 2 : (TimeSpan?)null;
        var gap = Longest(meanGap, silence);
        if (gap is not { } known)
            return options.MaxPollInterval;
        var target = Bounded(known / PollsPerGap);
        return known <= DailyGap && target > options.DailyFeedMaxInterval ? options.DailyFeedMaxInterval : target;
    }

    private static TimeSpan? Longest(TimeSpan? first, TimeSpan? second) =>
        first is { } a && second is { } b ? (a > b ? a : b) : first ?? second;

    private static TimeSpan Hinted(TimeSpan interval, TimeSpan? hint) => hint is { } asked && asked > interval ? asked : interval;

    private TimeSpan Bounded(TimeSpan interval) =>
        interval < options.PollInterval ? options.PollInterval
            : interval > options.MaxPollInterval ? options.MaxPollInterval
            : interval;
}
