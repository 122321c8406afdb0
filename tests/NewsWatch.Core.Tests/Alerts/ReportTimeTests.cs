using NewsWatch.Core.Alerts;

namespace NewsWatch.Core.Tests.Alerts;

/// <summary>A report's time is its publication, bounded by when it was first seen.</summary>
public sealed class ReportTimeTests
{
    private static readonly DateTimeOffset Seen = new(2025, 6, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Of_WhenPublishedBeforeBeingSeen_IsThePublicationTime() =>
        Assert.Equal(Seen.AddDays(-3), ReportTime.Of(Seen.AddDays(-3), Seen));

    [Fact]
    public void Of_WhenTheFeedDatesItInTheFuture_IsWhenItWasSeen() =>
        Assert.Equal(Seen, ReportTime.Of(Seen.AddDays(2), Seen));

    [Theory]
    [InlineData(-13, false)]
    [InlineData(-15, true)]
    [InlineData(30, false)]
    public void IsOldNews_WhenSeenLongerThanMaxAgeAfterPublication(int publishedDaysFromSeen, bool old) =>
        Assert.Equal(old, ReportTime.IsOldNews(Seen.AddDays(publishedDaysFromSeen), Seen, TimeSpan.FromDays(14)));
}
