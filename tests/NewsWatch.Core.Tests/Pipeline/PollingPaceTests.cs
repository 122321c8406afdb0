using NewsWatch.Core.Feeds;
using NewsWatch.Core.Pipeline;

namespace NewsWatch.Core.Tests.Pipeline;

public sealed class PollingPaceTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 12, 0, 0, TimeSpan.Zero);
    private static readonly FeedOptions Options = new();
    private static readonly WatchedFeed Feed = new("f", new Uri("https://news.example/rss"));
    private static readonly PollingPace Pace = new(Options);

    [Fact]
    public void ANewFeed_IsPolledAtTheShortestInterval()
    {
        var next = Pace.Next(Feed, [], null, Now);

        Assert.Equal(Now + Options.PollInterval, next.NextPollAt);
    }

    [Fact]
    public void QuietPolls_DoubleTheIntervalUpToWhatTheFeedsPaceCallsFor()
    {
        var weekly = Feed with { MeanItemGap = TimeSpan.FromDays(7), LastItemAt = Now.AddDays(-1), PollEvery = Options.PollInterval };

        var intervals = Quiet(weekly, polls: 10).Select(feed => feed.PollEvery!.Value.TotalMinutes).ToList();

        Assert.Equal([10, 20, 40, 80, 160, 320, 360, 360, 360, 360], intervals);
    }

    [Fact]
    public void AFeedPostingAtLeastDaily_IsNeverLeftLongerThanTheDailyCeiling()
    {
        var daily = Feed with { MeanItemGap = TimeSpan.FromDays(1), LastItemAt = Now.AddHours(-20), PollEvery = Options.PollInterval };

        var intervals = Quiet(daily, polls: 8).Select(feed => feed.PollEvery!.Value).ToList();

        Assert.All(intervals, interval => Assert.True(interval <= Options.DailyFeedMaxInterval, $"{interval} is over the ceiling"));
        Assert.Equal(Options.DailyFeedMaxInterval, intervals[^1]);
    }

    [Fact]
    public void AQuietFeedThatPosts_SpeedsBackUpAtOnce()
    {
        var quiet = Feed with { MeanItemGap = TimeSpan.FromDays(9), LastItemAt = Now.AddDays(-9), PollEvery = Options.MaxPollInterval };

        var next = Pace.Next(quiet, [Now.AddMinutes(-3)], null, Now);

        Assert.Equal(Options.PollInterval, next.PollEvery);
        Assert.Equal(Now.AddMinutes(-3), next.LastItemAt);
    }

    [Fact]
    public void NewPosts_MoveTheUsualGapTowardsWhatWasSeen()
    {
        var hourly = Feed with { MeanItemGap = TimeSpan.FromHours(1), LastItemAt = Now.AddHours(-3) };

        var next = Pace.Next(hourly, [Now.AddHours(-1), Now.AddHours(-2)], null, Now);

        // Two gaps of an hour leave an hourly feed's usual gap at an hour.
        Assert.Equal(TimeSpan.FromHours(1), next.MeanItemGap);
        Assert.Equal(Now.AddHours(-1), next.LastItemAt);
    }

    [Fact]
    public void ItemsDatedInTheFutureOrBeforeTheNewestSeen_NeitherShapeTheGapNorSpeedTheFeedUp()
    {
        var hourly = Feed with { MeanItemGap = TimeSpan.FromHours(1), LastItemAt = Now.AddHours(-1), PollEvery = TimeSpan.FromMinutes(5) };

        var next = Pace.Next(hourly, [Now.AddDays(30), Now.AddDays(-40)], null, Now);

        Assert.Equal((TimeSpan.FromHours(1), Now.AddHours(-1)), (next.MeanItemGap!.Value, next.LastItemAt!.Value));
        // Older articles a search feed had not shown yet are no new burst: the interval keeps growing.
        Assert.Equal(TimeSpan.FromMinutes(10), next.PollEvery);
    }

    [Fact]
    public void AFeedsOwnHint_IsALeastInterval()
    {
        var next = Pace.Next(Feed, [Now], TimeSpan.FromMinutes(45), Now);

        Assert.Equal(TimeSpan.FromMinutes(45), next.PollEvery);
        Assert.Equal(TimeSpan.FromMinutes(45), next.IntervalHint);
    }

    [Fact]
    public void AnAnswersHttpFreshness_HoldsForThatAnswerOnly()
    {
        var next = Pace.Next(Feed, [Now], TimeSpan.FromMinutes(20), Now, freshFor: TimeSpan.FromMinutes(45));

        Assert.Equal(TimeSpan.FromMinutes(45), next.PollEvery);
        // What the feed document asked for is kept for the 304s that follow; the header is not.
        Assert.Equal(TimeSpan.FromMinutes(20), next.IntervalHint);
    }

    [Fact]
    public void AHintBeyondTheBounds_IsBounded()
    {
        var next = Pace.Next(Feed, [Now], TimeSpan.FromDays(300), Now);

        Assert.Equal(Options.MaxPollInterval, next.PollEvery);
    }

    [Fact]
    public void AFeedSilentForLongerThanItsUsualGap_SlowsDown()
    {
        var stopped = Feed with { MeanItemGap = TimeSpan.FromHours(1), LastItemAt = Now.AddDays(-6), PollEvery = Options.MaxPollInterval / 2 };

        var next = Pace.Next(stopped, [], null, Now);

        Assert.Equal(Options.MaxPollInterval, next.PollEvery);
    }

    private static IEnumerable<WatchedFeed> Quiet(WatchedFeed feed, int polls)
    {
        var at = Now;
        for (var poll = 0; poll < polls; poll++)
        {
            feed = Pace.Next(feed, [], null, at);
            at = feed.NextPollAt!.Value;
            yield return feed;
        }
    }
}
