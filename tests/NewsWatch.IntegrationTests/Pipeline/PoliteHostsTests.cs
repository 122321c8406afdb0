using System.Net;
using Microsoft.AspNetCore.Http;
using NewsWatch.Core.Pipeline;
using NewsWatch.Core.Storage;
using NewsWatch.IntegrationTests.Support;
using NewsWatch.Testing.Polling;

namespace NewsWatch.IntegrationTests.Pipeline;

/// <summary>
/// Host politeness through whole poll cycles on real time: servers on three loopback addresses
/// count what they receive. Gaps are measured on arrival, so a connection set up for one request
/// and not the other can shift them by a little: the tolerance covers that, not a broken limit.
/// </summary>
public sealed class PoliteHostsTests(AzuriteFixture azurite)
{
    private const int FeedsPerHost = 8;
    private static readonly TimeSpan Gap = TimeSpan.FromMilliseconds(400);

    // The client spaces the starts; a busy machine can delay one request's sending by a little
    // more than the next one's, which the server sees as a shorter gap. This is that allowance.
    private static readonly TimeSpan ArrivalJitter = TimeSpan.FromMilliseconds(150);

    [Fact]
    public async Task APollCycle_NeverExceedsAHostsRequestsInFlightOrItsGap()
    {
        var ct = TestContext.Current.CancellationToken;
        var servers = new List<(LoopbackServer Server, HostLoad Load)>();
        for (var address = 1; address <= 3; address++)
        {
            var load = new HostLoad();
            servers.Add((await LoopbackServer.StartAsync(context => load.CountAsync(() => SlowFeedAsync(context)), address: IPAddress.Parse($"127.0.0.{address}")), load));
        }

        await using var host = Host(maxInFlight: 2);
        foreach (var (server, _) in servers)
        {
            for (var feed = 0; feed < FeedsPerHost; feed++)
                await host.Get<FeedStore>().AddAsync(server.Url($"feed/{feed}"), null, "en", ct);
        }

        var summary = await host.Get<PollCycle>().RunAsync(ct);

        Assert.Equal((3 * FeedsPerHost, 0), (summary.FeedsPolled, summary.Failed));
        Assert.All(servers, pair =>
        {
            Assert.True(pair.Load.Requests == FeedsPerHost, $"{pair.Load.Requests} requests, not {FeedsPerHost}");
            Assert.True(pair.Load.MaxInFlight is >= 1 and <= 2, $"{pair.Load.MaxInFlight} requests in flight at once");
            Assert.True(pair.Load.ShortestGap >= Gap - ArrivalJitter, $"two requests came {pair.Load.ShortestGap} apart");
        });
        await DisposeAllAsync(servers);
    }

    [Fact]
    public async Task RetryAfterOnOneFeed_HoldsBackTheOtherFeedsOfItsHost()
    {
        var ct = TestContext.Current.CancellationToken;
        var arrivals = new List<(string Path, DateTimeOffset At)>();
        await using var server = await LoopbackServer.StartAsync(context =>
        {
            lock (arrivals)
                arrivals.Add((context.Request.Path.Value!, DateTimeOffset.UtcNow));
            if (context.Request.Path == "/busy")
            {
                context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                context.Response.Headers.RetryAfter = "2";
                return Task.CompletedTask;
            }

            return context.Response.WriteAsync(Feed(context.Request.Path));
        });
        await using var host = Host(maxInFlight: 1);
        var feeds = host.Get<FeedStore>();
        var cycle = host.Get<PollCycle>();
        await feeds.AddAsync(server.Url("busy"), null, "en", ct);
        var refused = await cycle.RunAsync(ct);
        // The next cycle's feeds are other feeds of the same host, due at once.
        await feeds.AddAsync(server.Url("calm-1"), null, "en", ct);
        await feeds.AddAsync(server.Url("calm-2"), null, "en", ct);

        var calm = await cycle.RunAsync(ct);

        Assert.Equal((1, 2, 0), (refused.Failed, calm.FeedsPolled, calm.Failed));
        var busyAt = arrivals.Single(a => a.Path == "/busy").At;
        var nextAt = arrivals.Where(a => a.Path != "/busy").Min(a => a.At);
        Assert.True(nextAt - busyAt >= TimeSpan.FromSeconds(2) - ArrivalJitter, $"the host was asked again {nextAt - busyAt} after its 429");
    }

    [Fact]
    public async Task AHostPausedBeyondTheCycle_IsLeftForALaterCycle_AtOnce()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = await HourLongPauseServerAsync();
        await using var host = Host(maxInFlight: 2);
        var feeds = host.Get<FeedStore>();
        var cycle = host.Get<PollCycle>();
        await feeds.AddAsync(server.Url("busy"), null, "en", ct);
        await cycle.RunAsync(ct);
        await feeds.AddAsync(server.Url("calm-1"), null, "en", ct);
        await feeds.AddAsync(server.Url("calm-2"), null, "en", ct);

        // Waiting out the pause would hold the cycle to the end of its 4-minute budget.
        var next = await cycle.RunAsync(ct).WaitAsync(TimeSpan.FromSeconds(60), ct);

        Assert.Equal((0, 2), (next.FeedsPolled, next.Deferred));
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task AHostsRetryAfter_HoldsForAnotherInstanceOfTheApp()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = await HourLongPauseServerAsync();
        await using var first = Host(maxInFlight: 2);
        await first.Get<FeedStore>().AddAsync(server.Url("busy"), null, "en", ct);
        await first.Get<PollCycle>().RunAsync(ct);
        // Another instance over the same tables: a scaled-out worker, or the process after a restart.
        await using var second = Host(maxInFlight: 2, tablePrefix: first.TablePrefix);
        await second.Get<FeedStore>().AddAsync(server.Url("calm"), null, "en", ct);

        var next = await second.Get<PollCycle>().RunAsync(ct).WaitAsync(TimeSpan.FromSeconds(60), ct);

        Assert.Equal((0, 1), (next.FeedsPolled, next.Deferred));
        Assert.Single(server.Requests);
    }

    // Its feed at /busy answers 429 with an hour's Retry-After; every other path is a feed.
    private static Task<LoopbackServer> HourLongPauseServerAsync() => LoopbackServer.StartAsync(context =>
    {
        if (context.Request.Path == "/busy")
        {
            context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            context.Response.Headers.RetryAfter = "3600";
            return Task.CompletedTask;
        }

        return context.Response.WriteAsync(Feed(context.Request.Path));
    });

    private TestHost Host(int maxInFlight, string? tablePrefix = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["NewsWatch:Feeds:Hosts:MaxInFlight"] = maxInFlight.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["NewsWatch:Feeds:Hosts:MinGap"] = Gap.ToString(),
        };
        if (tablePrefix is not null)
            settings["NewsWatch:TablePrefix"] = tablePrefix;
        return TestHost.Create(azurite, settings: settings);
    }

    private static async Task SlowFeedAsync(HttpContext context)
    {
        // Long enough that a client ignoring the in-flight limit would be caught overlapping.
        await Task.Delay(TimeSpan.FromMilliseconds(300), context.RequestAborted);
        await context.Response.WriteAsync(Feed(context.Request.Path), context.RequestAborted);
    }

    private static string Feed(PathString path) =>
        RssFeed.Of("Wire", "en", new RssFeed.Item(path.Value!, $"Quarterly results {path}", "Revenue grew.", $"https://news.example{path}", DateTimeOffset.UnixEpoch));

    private static async Task DisposeAllAsync(List<(LoopbackServer Server, HostLoad Load)> servers)
    {
        foreach (var (server, _) in servers)
            await server.DisposeAsync();
    }
}
