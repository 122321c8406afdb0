using NewsWatch.Core.Feeds;
using NewsWatch.Core.Feeds.Politeness;

namespace NewsWatch.IntegrationTests.Feeds;

/// <summary>The fetcher and the host gate together, on real time and a loopback server.</summary>
public sealed class FeedFetcherPolitenessTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task WaitingForTheHostsTurn_DoesNotCountAgainstTheRequestTimeout()
    {
        await using var server = await LoopbackServer.StartAsync(context => TestFeeds.WriteRssAsync(context));
        using var feeds = new FeedServices(options =>
        {
            options.RequestTimeout = TimeSpan.FromSeconds(1);
            options.Hosts = new HostLimits { MaxInFlight = 1, MinGap = TimeSpan.FromSeconds(1.5) };
        });

        // The second waits 1.5 s for its turn, longer than the whole request may take.
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var results = await Task.WhenAll(feeds.FetchAsync(server.Url("/a")), feeds.FetchAsync(server.Url("/b")));

        Assert.All(results, result => Assert.Equal(FetchOutcome.Fetched, result.Outcome));
        // A lower bound only: it shows the wait happened, and a slow machine only lengthens it.
        Assert.True(watch.Elapsed >= TimeSpan.FromSeconds(1.4), $"both fetched within {watch.Elapsed}: the second did not wait its turn");
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task ATurnThatWouldComeAfterTheLatestStart_IsDeferredWithNothingSent()
    {
        await using var server = await LoopbackServer.StartAsync(context => TestFeeds.WriteRssAsync(context));
        using var feeds = new FeedServices(options => options.Hosts = new HostLimits { MaxInFlight = 1, MinGap = TimeSpan.FromMinutes(5) });
        await feeds.FetchAsync(server.Url("/a"));

        var deferred = await feeds.Fetcher.FetchAsync(new FeedRequest("b", server.Url("/b")) { NotAfter = DateTimeOffset.UtcNow.AddSeconds(1) }, Ct);

        Assert.Equal(FetchOutcome.Deferred, deferred.Outcome);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task RetryAfterOnOneFeed_DefersTheNextRequestToItsHost()
    {
        await using var server = await LoopbackServer.StartAsync(context =>
        {
            context.Response.StatusCode = 429;
            context.Response.Headers.RetryAfter = "3600";
            return Task.CompletedTask;
        });
        using var feeds = new FeedServices(options => options.Hosts = new HostLimits { MaxInFlight = 2, MinGap = TimeSpan.Zero });
        var limited = await feeds.FetchAsync(server.Url("/busy"));

        var next = await feeds.Fetcher.FetchAsync(new FeedRequest("calm", server.Url("/calm")) { NotAfter = DateTimeOffset.UtcNow.AddMinutes(4) }, Ct);

        Assert.Equal((FetchOutcome.RateLimited, FetchOutcome.Deferred), (limited.Outcome, next.Outcome));
        Assert.Single(server.Requests);
    }
}
