using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NewsWatch.Core.Feeds;
using NewsWatch.Core.Feeds.Politeness;

namespace NewsWatch.Core.Tests.Feeds.Politeness;

public sealed class HostGateTests
{
    private static readonly Uri Feed = new("https://news.example/a.xml");
    private static readonly Uri SameHost = new("https://news.example/b.xml");
    private static readonly Uri OtherHost = new("https://other.example/a.xml");
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(10);

    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 3, 2, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task TwoRequestsToOneHost_StartAtLeastTheGapApart()
    {
        using var gate = Gate(new HostLimits { MaxInFlight = 4, MinGap = TimeSpan.FromSeconds(10) });
        using var first = await gate.EnterAsync(Feed, null, Token);

        var second = gate.EnterAsync(SameHost, null, Token);
        time.Advance(TimeSpan.FromSeconds(9));
        await AssertStillWaitingAsync(second);
        time.Advance(TimeSpan.FromSeconds(1));

        using var lease = await second.WaitAsync(Settle, Token);
        Assert.NotNull(lease);
    }

    [Fact]
    public async Task AHostWithNoFreeSlot_WaitsForARequestToEnd()
    {
        using var gate = Gate(new HostLimits { MaxInFlight = 1, MinGap = TimeSpan.Zero });
        var first = await gate.EnterAsync(Feed, null, Token);

        var second = gate.EnterAsync(SameHost, null, Token);
        await AssertStillWaitingAsync(second);
        first!.Dispose();

        using var lease = await second.WaitAsync(Settle, Token);
        Assert.NotNull(lease);
    }

    [Fact]
    public async Task OtherHosts_DoNotWaitForABusyOne()
    {
        using var gate = Gate(new HostLimits { MaxInFlight = 1, MinGap = TimeSpan.FromMinutes(5) });
        using var first = await gate.EnterAsync(Feed, null, Token);

        using var other = await gate.EnterAsync(OtherHost, null, Token).WaitAsync(Settle, Token);

        Assert.NotNull(other);
    }

    [Fact]
    public async Task RetryAfterOnOneFeed_HoldsTheWholeHostBack()
    {
        using var gate = Gate(new HostLimits { MaxInFlight = 2, MinGap = TimeSpan.Zero });
        gate.SlowDown(Feed, TimeSpan.FromSeconds(30));

        var sibling = gate.EnterAsync(SameHost, null, Token);
        time.Advance(TimeSpan.FromSeconds(29));
        await AssertStillWaitingAsync(sibling);
        time.Advance(TimeSpan.FromSeconds(1));

        using var lease = await sibling.WaitAsync(Settle, Token);
        Assert.NotNull(lease);
    }

    [Fact]
    public void APauseAHostAskedFor_IsPassedOnOnce_AndAPauseLearnedFromElsewhereIsNot()
    {
        using var gate = Gate(new HostLimits { MaxInFlight = 2, MinGap = TimeSpan.Zero });
        gate.SlowDown(Feed, TimeSpan.FromSeconds(30));
        gate.SlowDown(SameHost, TimeSpan.FromSeconds(10));
        gate.PauseUntil(OtherHost.Host, time.GetUtcNow().AddMinutes(5));

        var first = gate.TakeNewPauses();
        var second = gate.TakeNewPauses();

        var pause = Assert.Single(first);
        Assert.Equal((Feed.Host, time.GetUtcNow().AddSeconds(30)), (pause.Key, pause.Value));
        Assert.Empty(second);
        Assert.Equal(time.GetUtcNow().AddMinutes(5), gate.NextTurn(OtherHost.Host));
    }

    [Fact]
    public void APauseGivenBack_IsPassedOnWithTheNextOnes_KeepingTheLongerOne()
    {
        using var gate = Gate(new HostLimits { MaxInFlight = 2, MinGap = TimeSpan.Zero });
        gate.SlowDown(Feed, TimeSpan.FromSeconds(30));
        var untold = Assert.Single(gate.TakeNewPauses());
        gate.SlowDown(Feed, TimeSpan.FromSeconds(10));

        gate.ReturnPause(untold.Key, untold.Value);

        var pause = Assert.Single(gate.TakeNewPauses());
        Assert.Equal(time.GetUtcNow().AddSeconds(30), pause.Value);
    }

    [Fact]
    public void APauseLearnedFromElsewhere_IsCappedLikeARetryAfter()
    {
        using var gate = Gate(new HostLimits { MaxInFlight = 2, MinGap = TimeSpan.Zero });

        gate.PauseUntil(Feed.Host, time.GetUtcNow().AddDays(30));

        Assert.Equal(time.GetUtcNow() + HostGate.MaxPause, gate.NextTurn(Feed.Host));
    }

    [Fact]
    public async Task ATurnThatWouldComeTooLate_IsRefusedAtOnce()
    {
        using var gate = Gate(new HostLimits { MaxInFlight = 2, MinGap = TimeSpan.FromSeconds(10) });
        using var first = await gate.EnterAsync(Feed, null, Token);

        var late = await gate.EnterAsync(SameHost, time.GetUtcNow().AddSeconds(5), Token).WaitAsync(Settle, Token);

        Assert.Null(late);
    }

    [Fact]
    public async Task ASlotThatDoesNotFreeInTime_IsGivenUp()
    {
        using var gate = Gate(new HostLimits { MaxInFlight = 1, MinGap = TimeSpan.Zero });
        using var first = await gate.EnterAsync(Feed, null, Token);

        var waiting = gate.EnterAsync(SameHost, time.GetUtcNow().AddSeconds(5), Token);
        await AssertStillWaitingAsync(waiting);
        time.Advance(TimeSpan.FromSeconds(5));

        Assert.Null(await waiting.WaitAsync(Settle, Token));
    }

    [Fact]
    public async Task TheGlobalCap_HoldsOverAllHosts()
    {
        using var gate = Gate(new HostLimits { MaxInFlight = 4, MinGap = TimeSpan.Zero }, maxParallel: 1);
        var first = await gate.EnterAsync(Feed, null, Token);

        var other = gate.EnterAsync(OtherHost, null, Token);
        await AssertStillWaitingAsync(other);
        first!.Dispose();

        using var lease = await other.WaitAsync(Settle, Token);
        Assert.NotNull(lease);
    }

    [Theory]
    [InlineData("news.google.com", 1, 10)]
    [InlineData("www.bing.com", 1, 10)]
    [InlineData("api.gdeltproject.org", 1, 10)]
    [InlineData("NEWS.example", 3, 0)]
    [InlineData("blog.example", 2, 1)]
    public void Limits_AreTheHostsOwnElseASearchEnginesElseTheDefault(string host, int inFlight, int gapSeconds)
    {
        var options = new FeedOptions();
        options.HostOverrides["news.example"] = new HostLimits { MaxInFlight = 3, MinGap = TimeSpan.Zero };

        var limits = options.LimitsFor(host);

        Assert.Equal((inFlight, TimeSpan.FromSeconds(gapSeconds)), (limits.MaxInFlight, limits.MinGap));
    }

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private HostGate Gate(HostLimits limits, int maxParallel = 8) =>
        new(Options.Create(new FeedOptions { Hosts = limits, MaxParallelFeeds = maxParallel }), time);

    /// <summary>Gives a waiting request every chance to run on: if it has not finished, it is waiting.</summary>
    private static async Task AssertStillWaitingAsync(Task<HostLease?> entering)
    {
        await Task.WhenAny(entering, Task.Delay(TimeSpan.FromMilliseconds(200), Token));
        Assert.False(entering.IsCompleted, "the request went ahead out of turn");
    }
}
