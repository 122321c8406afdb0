using Microsoft.Extensions.Time.Testing;
using NewsWatch.Core.Feeds;
using NewsWatch.Core.Pipeline;

namespace NewsWatch.Testing.Polling;

/// <summary>
/// A week of polling feeds that publish in known patterns, on a fake clock: how many requests
/// NewsWatch's schedule makes, and how long each post waits to be polled, against polling every
/// feed at a fixed interval. Every feed has two weeks of history before the week starts, as a
/// feed added to NewsWatch has.
/// </summary>
public static class PollingWeek
{
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 0, 0, 0, TimeSpan.Zero);
    public static readonly TimeSpan Length = TimeSpan.FromDays(7);
    private static readonly TimeSpan History = TimeSpan.FromDays(14);

    /// <summary>Simulates <paramref name="feedsPerPattern"/> feeds of each pattern, seeded for repeatable figures.</summary>
    public static IReadOnlyList<PatternResult> Run(FeedOptions options, int feedsPerPattern, int seed)
    {
        ArgumentNullException.ThrowIfNull(options);
        var random = new Random(seed);
        return [.. PublishingPattern.All.Select(pattern => RunPattern(options, pattern, feedsPerPattern, random))];
    }

    private static PatternResult RunPattern(FeedOptions options, PublishingPattern pattern, int feeds, Random random)
    {
        var results = Enumerable.Range(0, feeds).Select(_ => RunFeed(options, pattern, random)).ToList();
        var fixedRequests = feeds * (int)(Length / options.PollInterval);
        return new PatternResult(pattern, results.Sum(r => r.Requests), fixedRequests, [.. results.SelectMany(r => r.Delays).Order()]);
    }

    private static (int Requests, List<TimeSpan> Delays) RunFeed(FeedOptions options, PublishingPattern pattern, Random random)
    {
        var schedule = new FeedSchedule(options);
        var clock = new FakeTimeProvider(Start);
        var end = Start + Length;
        var posts = pattern.Posts(random, Start - History, end).Order().ToList();
        var feed = new WatchedFeed("simulated", new Uri("https://feeds.example/simulated.xml"));
        var seenUpTo = DateTimeOffset.MinValue;
        var requests = 0;
        var delays = new List<TimeSpan>();
        while (clock.GetUtcNow() < end)
        {
            var now = clock.GetUtcNow();
            var fresh = posts.Where(at => at > seenUpTo && at <= now).ToList();
            delays.AddRange(fresh.Where(at => at >= Start).Select(at => now - at));
            feed = schedule.Succeeded(feed, now, fresh, feedHint: null);
            seenUpTo = now;
            requests++;
            clock.Advance(feed.NextPollAt!.Value - now);
        }

        return (requests, delays);
    }
}

/// <summary>What a week of polling one pattern's feeds cost and how fast it heard their posts.</summary>
public sealed record PatternResult(PublishingPattern Pattern, int Requests, int FixedRequests, IReadOnlyList<TimeSpan> SortedDelays)
{
    /// <summary>The share of fixed-interval requests saved.</summary>
    public double Saved => 1 - ((double)Requests / FixedRequests);

    public TimeSpan MedianDelay => Percentile(0.5);

    public TimeSpan Percentile(double share) => SortedDelays.Count == 0 ? TimeSpan.Zero : SortedDelays[(int)Math.Min(SortedDelays.Count - 1, Math.Floor(share * SortedDelays.Count))];
}
