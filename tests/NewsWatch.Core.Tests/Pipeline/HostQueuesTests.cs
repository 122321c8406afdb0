using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NewsWatch.Core.Feeds;
using NewsWatch.Core.Feeds.Politeness;
using NewsWatch.Core.Pipeline;

namespace NewsWatch.Core.Tests.Pipeline;

public sealed class HostQueuesTests
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 3, 2, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Hosts_AreTakenInTurn()
    {
        using var gate = Gate(maxInFlight: 4);
        var queues = new HostQueues([Feed("a.example", 1), Feed("a.example", 2), Feed("b.example", 1), Feed("b.example", 2)], gate);

        var hosts = Enumerable.Range(0, 4).Select(_ => queues.Take(time.GetUtcNow()).Feed!.Url.Host).ToList();

        Assert.Equal(["a.example", "b.example", "a.example", "b.example"], hosts);
    }

    [Fact]
    public void AHostWithEveryWorkerBusy_IsPassedOver_UntilOneIsDone()
    {
        using var gate = Gate(maxInFlight: 1);
        var queues = new HostQueues([Feed("a.example", 1), Feed("a.example", 2)], gate);
        var first = queues.Take(time.GetUtcNow()).Feed!;

        var (none, _, freed) = queues.Take(time.GetUtcNow());
        queues.Done(first);

        Assert.Null(none);
        Assert.True(freed.IsCompleted);
        Assert.NotNull(queues.Take(time.GetUtcNow()).Feed);
    }

    [Fact]
    public async Task AHostWhoseTurnHasNotCome_GivesTheWaitUntilItDoes()
    {
        using var gate = Gate(maxInFlight: 2, gap: TimeSpan.FromSeconds(10));
        using (await gate.EnterAsync(new Uri("https://a.example/x"), null, TestContext.Current.CancellationToken))
        {
        }

        var queues = new HostQueues([Feed("a.example", 1)], gate);
        var (feed, wait, _) = queues.Take(time.GetUtcNow());

        Assert.Null(feed);
        Assert.Equal(TimeSpan.FromSeconds(10), wait);
        Assert.Equal(1, queues.Remaining);
    }

    [Fact]
    public void EmptyQueues_SayTheyAreDone()
    {
        using var gate = Gate(maxInFlight: 2);
        var queues = new HostQueues([], gate);

        Assert.Equal((null, TimeSpan.Zero), (queues.Take(time.GetUtcNow()).Feed, queues.Take(time.GetUtcNow()).Wait));
    }

    private static WatchedFeed Feed(string host, int n) => new($"{host}-{n}", new Uri($"https://{host}/{n}.xml"));

    private HostGate Gate(int maxInFlight, TimeSpan? gap = null) =>
        new(Options.Create(new FeedOptions { Hosts = new HostLimits { MaxInFlight = maxInFlight, MinGap = gap ?? TimeSpan.Zero } }), time);
}
