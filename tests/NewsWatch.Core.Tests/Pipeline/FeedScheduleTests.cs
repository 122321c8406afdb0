using NewsWatch.Core.Feeds;
using NewsWatch.Core.Pipeline;

namespace NewsWatch.Core.Tests.Pipeline;

public sealed class FeedScheduleTests
{
    private static readonly DateTimeOffset Now = new(2024, 5, 17, 12, 0, 0, TimeSpan.Zero);
    private static readonly FeedOptions Options = new() { PollInterval = TimeSpan.FromMinutes(5), MaxBackoff = TimeSpan.FromHours(6) };
    private static readonly WatchedFeed Feed = new("f", new Uri("https://news.example/rss"));

    [Theory]
    [InlineData(0, 5)]
    [InlineData(1, 10)]
    [InlineData(3, 40)]
    [InlineData(12, 360)]
    public void Failed_BacksOffExponentiallyUpToTheCap(int earlierFailures, int expectedMinutes)
    {
        var failed = new FeedSchedule(Options).Failed(Feed with { ConsecutiveFailures = earlierFailures }, Now, "boom");

        Assert.Equal(Now.AddMinutes(expectedMinutes), failed.NextPollAt);
        Assert.Equal((earlierFailures + 1, "boom"), (failed.ConsecutiveFailures, failed.LastError));
    }

    [Fact]
    public void Failed_WhenTheServerNamedAWait_WaitsThatLong()
    {
        var failed = new FeedSchedule(Options).Failed(Feed, Now, "429", TimeSpan.FromMinutes(42));

        Assert.Equal(Now.AddMinutes(42), failed.NextPollAt);
    }

    [Fact]
    public void Succeeded_ClearsFailuresAndSchedulesTheNextInterval()
    {
        var succeeded = new FeedSchedule(Options).Succeeded(Feed with { ConsecutiveFailures = 4, LastError = "x" }, Now, [], null);

        Assert.Equal((0, (string?)null, Now.AddMinutes(5)), (succeeded.ConsecutiveFailures, succeeded.LastError, succeeded.NextPollAt));
    }
}
