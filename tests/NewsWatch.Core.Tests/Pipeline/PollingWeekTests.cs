using NewsWatch.Core.Feeds;
using NewsWatch.Testing.Polling;

namespace NewsWatch.Core.Tests.Pipeline;

/// <summary>The targets of adaptive polling, on a simulated week (the figures are in docs/benchmarks.md).</summary>
public sealed class PollingWeekTests
{
    private static readonly IReadOnlyList<PatternResult> Week = PollingWeek.Run(new FeedOptions(), feedsPerPattern: 20, seed: 7);

    [Fact]
    public void AdaptivePolling_MakesAtLeastHalfTheRequestsFewerThanPollingEveryFiveMinutes()
    {
        var saved = 1 - ((double)Week.Sum(r => r.Requests) / Week.Sum(r => r.FixedRequests));

        Assert.True(saved >= 0.5, $"saved {saved:P0} of the requests");
    }

    [Fact]
    public void FeedsPostingAtLeastDaily_AreHeardWithinTenMinutesOnMedian()
    {
        var delays = Week.Where(r => r.Pattern.PostsDaily).SelectMany(r => r.SortedDelays).Order().ToList();

        Assert.NotEmpty(delays);
        Assert.True(delays[delays.Count / 2] <= TimeSpan.FromMinutes(10), $"median delay {delays[delays.Count / 2]}");
        Assert.All(Week.Where(r => r.Pattern.PostsDaily), pattern =>
            Assert.True(pattern.MedianDelay <= TimeSpan.FromMinutes(10), $"{pattern.Pattern.Name}: median delay {pattern.MedianDelay}"));
    }

    [Fact]
    public void EveryPost_IsHeardWithinTheLongestInterval()
    {
        var longest = Week.SelectMany(r => r.SortedDelays).Max();

        Assert.True(longest <= new FeedOptions().MaxPollInterval, $"a post waited {longest}");
    }
}
