using NewsWatch.Core.Feeds;
using NewsWatch.Core.Storage;

namespace NewsWatch.Core.Tests.Storage;

public sealed class FeedConflictTests
{
    private static readonly DateTimeOffset Now = new(2026, 5, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly WatchedFeed Read = new("0123456789abcdef", new Uri("https://news.example/rss")) { Title = "Wire", Language = "en", Version = "v1" };

    private static readonly WatchedFeed Polled = Read with
    {
        Url = new Uri("https://news.example/moved"),
        ETag = "\"e2\"",
        LastModified = "Fri, 01 May 2026 11:00:00 GMT",
        LastPolledAt = Now,
        LastSuccessAt = Now,
        ConsecutiveFailures = 0,
        LastError = null,
        NextPollAt = Now.AddMinutes(5),
        ItemCount = 12,
        PendingSince = Now,
    };

    [Fact]
    public void Resolve_TakesEveryPartOfThePollingStateFromThePoll()
    {
        var fresh = Read with { ConsecutiveFailures = 3, LastError = "HTTP 500", ItemCount = 2, Version = "v2" };

        var resolved = FeedConflict.Resolve(fresh, Polled);

        Assert.Equal(Polled with { Version = "v2" }, resolved);
    }

    [Fact]
    public void Resolve_KeepsTheTitleAndLanguageAUserSetMeanwhile()
    {
        var fresh = Read with { Title = "Renamed", Language = "fr", Version = "v2" };

        var resolved = FeedConflict.Resolve(fresh, Polled with { Title = "Wire" });

        Assert.Equal(("Renamed", "fr"), (resolved.Title, resolved.Language));
    }

    [Fact]
    public void Resolve_FillsInATitleAndLanguageStillMissing()
    {
        var fresh = Read with { Title = null, Language = null, Version = "v2" };

        var resolved = FeedConflict.Resolve(fresh, Polled with { Title = "From the feed", Language = "de" });

        Assert.Equal(("From the feed", "de"), (resolved.Title, resolved.Language));
    }

    [Theory]
    [InlineData(true, true, true, null)]
    [InlineData(false, true, false, "Paused by a user.")]
    [InlineData(true, false, false, "Gone (410).")]
    [InlineData(false, false, false, "Paused by a user.")]
    public void Resolve_KeepsAUsersDisablingAndLetsThePollOnlyDisable(bool freshEnabled, bool polledEnabled, bool enabled, string? reason)
    {
        var fresh = Read with { IsEnabled = freshEnabled, DisabledReason = freshEnabled ? null : "Paused by a user.", Version = "v2" };
        var polled = Polled with { IsEnabled = polledEnabled, DisabledReason = polledEnabled ? null : "Gone (410)." };

        var resolved = FeedConflict.Resolve(fresh, polled);

        Assert.Equal((enabled, reason), (resolved.IsEnabled, resolved.DisabledReason));
    }
}
