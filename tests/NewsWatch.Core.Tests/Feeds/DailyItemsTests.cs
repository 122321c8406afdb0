using NewsWatch.Core.Feeds;

namespace NewsWatch.Core.Tests.Feeds;

public sealed class DailyItemsTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 6, 15, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Window_IsTheLastFourteenDays_OldestFirst_WithQuietDaysAsZero()
    {
        var counts = DailyItems.None.Add(Now.AddDays(-2), 3).Add(Now, 1).Add(Now, 2);

        var window = counts.Window(Now);

        Assert.Equal(DailyItems.Days, window.Count);
        Assert.Equal(new DateOnly(2026, 11, 23), window[0].Day);
        Assert.Equal(new DayCount(new DateOnly(2026, 12, 6), 3), window[^1]);
        Assert.Equal(3, window[^3].Count);
        Assert.Equal(6, window.Sum(day => day.Count));
    }

    [Fact]
    public void Add_ForgetsDaysThatLeftTheWindow_SoTheRowNeverGrows()
    {
        var counts = DailyItems.None;
        for (var day = 0; day < 100; day++)
            counts = counts.Add(Now.AddDays(day - 99), 1);

        Assert.Equal(DailyItems.Days, counts.ToString().Split(';').Length);
        Assert.All(counts.Window(Now), day => Assert.Equal(1, day.Count));
    }

    [Fact]
    public void Merge_KeepsTheLargerCountOfEachDay_NeverCountingAnItemTwice()
    {
        var polled = DailyItems.None.Add(Now.AddDays(-1), 4).Add(Now, 1);
        var pushed = DailyItems.None.Add(Now, 3);

        var merged = DailyItems.Merge(polled, pushed).Window(Now);

        Assert.Equal((4, 3), (merged[^2].Count, merged[^1].Count));
    }

    [Fact]
    public void Parse_ReadsWhatToStringWrote()
    {
        var counts = DailyItems.None.Add(Now.AddDays(-3), 2).Add(Now, 5);

        Assert.Equal(counts, DailyItems.Parse(counts.ToString()));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("garbage")]
    [InlineData("2026-12-06=-1;2026-13-01=2;x=y;=;;")]
    public void Parse_OfAColumnNoVersionWrote_IsNoCounts_NotAnError(string? stored) =>
        Assert.All(DailyItems.Parse(stored).Window(Now), day => Assert.Equal(0, day.Count));

    [Fact]
    public void Parse_OfAHugeColumn_ReadsABoundedNumberOfEntries()
    {
        var stored = string.Join(';', Enumerable.Repeat("2026-12-06=1", 100_000));

        Assert.Equal(1, DailyItems.Parse(stored).Window(Now)[^1].Count);
    }
}
