using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Time.Testing;
using NewsWatch.Core.Feeds;
using NewsWatch.Core.Pipeline;
using NewsWatch.Core.Storage;
using NewsWatch.IntegrationTests.Support;

namespace NewsWatch.IntegrationTests.Pipeline;

/// <summary>How what a feed's server answers changes the feed's stored state, through whole poll cycles.</summary>
public sealed class PollCycleHttpTests(AzuriteFixture azurite)
{
    private static readonly string Rss = RssFeed.Of("Wire", "en", new RssFeed.Item("1", "Quarterly results", "Revenue grew.", "https://news.example/q", DateTimeOffset.UnixEpoch));

    [Fact]
    public async Task Poll_WhenTheServerAnswers304ToTheStoredETag_ParsesNothing()
    {
        await using var server = await LoopbackServer.StartAsync(context =>
        {
            if (context.Request.Headers.IfNoneMatch == "\"v1\"")
            {
                context.Response.StatusCode = 304;
                return Task.CompletedTask;
            }

            context.Response.Headers.ETag = "\"v1\"";
            return context.Response.WriteAsync(Rss);
        });
        var (host, time, feed) = await StartAsync(server.Url("rss"));
        await using var _ = host;
        var ct = TestContext.Current.CancellationToken;

        var second = await PollTwiceAsync(host, time, TimeSpan.FromMinutes(6), ct);

        Assert.Equal((1, 0, 0), (second.NotModified, second.NewItems, second.Failed));
        var stored = await host.Get<FeedStore>().FindAsync(feed.Id, ct);
        Assert.Equal(("\"v1\"", 1L), (stored!.ETag, stored.ItemCount));
    }

    [Fact]
    public async Task Poll_WhenTheFeedMovedPermanently_StoresTheNewUrl()
    {
        await using var server = await LoopbackServer.StartAsync(context =>
        {
            if (context.Request.Path == "/old")
            {
                context.Response.StatusCode = 301;
                context.Response.Headers.Location = "/new";
                return Task.CompletedTask;
            }

            return context.Response.WriteAsync(Rss);
        });
        var (host, _, feed) = await StartAsync(server.Url("old"));
        await using var __ = host;
        var ct = TestContext.Current.CancellationToken;

        var summary = await host.Get<PollCycle>().RunAsync(ct);

        Assert.Equal(1, summary.NewItems);
        Assert.Equal(server.Url("new"), (await host.Get<FeedStore>().FindAsync(feed.Id, ct))!.Url);
    }

    [Fact]
    public async Task Poll_WhenTheFeedIsGone_DisablesItWithTheReasonAndPollsItNoMore()
    {
        await using var server = await LoopbackServer.StartAsync(context => { context.Response.StatusCode = 410; return Task.CompletedTask; });
        var (host, time, feed) = await StartAsync(server.Url("rss"));
        await using var _ = host;
        var ct = TestContext.Current.CancellationToken;

        var later = await PollTwiceAsync(host, time, TimeSpan.FromDays(1), ct);

        var stored = await host.Get<FeedStore>().FindAsync(feed.Id, ct);
        Assert.False(stored!.IsEnabled);
        Assert.Contains("410", stored.DisabledReason, StringComparison.Ordinal);
        Assert.Equal(0, later.FeedsPolled);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task Poll_WhenRateLimitedWithRetryAfter_WaitsAsLongAsTheServerAsked()
    {
        await using var server = await LoopbackServer.StartAsync(context =>
        {
            context.Response.StatusCode = 429;
            context.Response.Headers.RetryAfter = "3600";
            return Task.CompletedTask;
        });
        var (host, time, feed) = await StartAsync(server.Url("rss"));
        await using var _ = host;
        var ct = TestContext.Current.CancellationToken;

        await host.Get<PollCycle>().RunAsync(ct);
        time.Advance(TimeSpan.FromMinutes(59));
        var tooSoon = await host.Get<PollCycle>().RunAsync(ct);

        var stored = await host.Get<FeedStore>().FindAsync(feed.Id, ct);
        Assert.Equal(time.GetUtcNow().AddMinutes(1), stored!.NextPollAt);
        Assert.Equal(1, stored.ConsecutiveFailures);
        Assert.Equal(0, tooSoon.FeedsPolled);
    }

    [Fact]
    public async Task Poll_WhenGivenAWebPage_PollsTheFeedItAdvertisesAndStoresThatUrl()
    {
        await using var server = await LoopbackServer.StartAsync(context =>
        {
            if (context.Request.Path == "/")
            {
                context.Response.ContentType = "text/html";
                return context.Response.WriteAsync("<html><head><link rel=\"alternate\" type=\"application/rss+xml\" href=\"/feed.xml\"></head><body>News</body></html>");
            }

            return context.Response.WriteAsync(Rss);
        });
        var (host, _, feed) = await StartAsync(server.Url("/"));
        await using var __ = host;
        var ct = TestContext.Current.CancellationToken;

        var summary = await host.Get<PollCycle>().RunAsync(ct);

        Assert.Equal(1, summary.NewItems);
        Assert.Equal(server.Url("feed.xml"), (await host.Get<FeedStore>().FindAsync(feed.Id, ct))!.Url);
    }

    [Fact]
    public async Task Poll_WhenAServerNeverAnswers_CostsOnlyItsTimeoutAndTheOtherFeedsArePolled()
    {
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            if (context.Request.Path == "/hang")
                await Task.Delay(Timeout.Infinite, context.RequestAborted);
            await context.Response.WriteAsync(Rss);
        });
        await using var host = TestHost.Create(azurite, settings: new Dictionary<string, string?> { ["NewsWatch:Feeds:RequestTimeout"] = "00:00:01" });
        var ct = TestContext.Current.CancellationToken;
        var hanging = await host.Get<FeedStore>().AddAsync(server.Url("hang"), null, null, ct);
        await host.Get<FeedStore>().AddAsync(server.Url("rss"), null, null, ct);

        var summary = await host.Get<PollCycle>().RunAsync(ct);

        Assert.Equal((2, 1, 1), (summary.FeedsPolled, summary.Failed, summary.NewItems));
        Assert.NotNull((await host.Get<FeedStore>().FindAsync(hanging.Id, ct))!.LastError);
    }

    [Theory]
    [InlineData("file:///etc/hostname")]
    [InlineData("/missing-feed.xml")]
    public async Task Poll_WhenAPageAdvertisesAFeedThatIsNotAWorkingWebFeed_KeepsTheStoredUrlAndRecordsTheFailure(string advertised)
    {
        await using var server = await LoopbackServer.StartAsync(context =>
        {
            if (context.Request.Path != "/")
            {
                context.Response.StatusCode = 404;
                return Task.CompletedTask;
            }

            context.Response.ContentType = "text/html";
            return context.Response.WriteAsync($"<html><head><link rel=\"alternate\" type=\"application/rss+xml\" href=\"{advertised}\"></head></html>");
        });
        var (host, _, feed) = await StartAsync(server.Url("/"));
        await using var __ = host;
        var ct = TestContext.Current.CancellationToken;

        var summary = await host.Get<PollCycle>().RunAsync(ct);

        var stored = await host.Get<FeedStore>().FindAsync(feed.Id, ct);
        Assert.Equal(1, summary.Failed);
        Assert.Equal(server.Url("/"), stored!.Url);
        Assert.NotNull(stored.LastError);
    }

    [Fact]
    public async Task Poll_WhenFeedsMayNotReachPrivateNetworks_RefusesALoopbackFeedWithoutConnecting()
    {
        await using var server = await LoopbackServer.StartAsync(context => context.Response.WriteAsync(Rss));
        await using var host = TestHost.Create(azurite, settings: new Dictionary<string, string?> { ["NewsWatch:Feeds:AllowPrivateNetworks"] = "false" });
        var ct = TestContext.Current.CancellationToken;
        var feed = await host.Get<FeedStore>().AddAsync(server.Url("rss"), null, null, ct);

        var summary = await host.Get<PollCycle>().RunAsync(ct);

        Assert.Equal(1, summary.Failed);
        Assert.Contains("private or reserved", (await host.Get<FeedStore>().FindAsync(feed.Id, ct))!.LastError, StringComparison.Ordinal);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task Poll_WhenParsingOutlastsItsDeadline_RecordsTheFeedFailedAndBacksOff()
    {
        await using var server = await LoopbackServer.StartAsync(context => context.Response.WriteAsync(Rss));
        // Every reading of the clock moves it on 2 s, so the 1 s parse deadline has passed by
        // the time the parser stamps its items: a slow parse, made deterministic.
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow) { AutoAdvanceAmount = TimeSpan.FromSeconds(2) };
        await using var host = TestHost.Create(azurite, time, new Dictionary<string, string?>
        {
            ["NewsWatch:Feeds:ParseTimeout"] = "00:00:01",
            ["NewsWatch:Feeds:RequestTimeout"] = "00:10:00",
        });
        var ct = TestContext.Current.CancellationToken;
        var feed = await host.Get<FeedStore>().AddAsync(server.Url("rss"), null, null, ct);

        var summary = await host.Get<PollCycle>().RunAsync(ct);

        var stored = (await host.Get<FeedStore>().FindAsync(feed.Id, ct))!;
        Assert.Equal((1, 0), (summary.Failed, summary.NewItems));
        Assert.Contains("took longer than 1 s", stored.LastError, StringComparison.Ordinal);
        Assert.Equal(1, stored.ConsecutiveFailures);
        Assert.True(stored.NextPollAt > stored.LastPolledAt);
    }

    [Fact]
    public async Task Poll_WhenTheFeedsTitleAndETagAreTooLongForAColumn_RecordsEveryPollAndNeverSendsACutETag()
    {
        var longTitle = new string('T', 100_000);
        var longETag = "\"" + new string('e', 40_000) + "\"";
        var body = RssFeed.Of(longTitle, "en", new RssFeed.Item("1", "Quarterly results", "Revenue grew.", "https://news.example/q", DateTimeOffset.UnixEpoch));
        await using var server = await LoopbackServer.StartAsync(context =>
        {
            context.Response.Headers.ETag = longETag;
            return context.Response.WriteAsync(body);
        });
        var (host, time, feed) = await StartAsync(server.Url("rss"));
        await using var _ = host;
        var ct = TestContext.Current.CancellationToken;

        var second = await PollTwiceAsync(host, time, TimeSpan.FromMinutes(6), ct);

        var stored = await host.Get<FeedStore>().FindAsync(feed.Id, ct);
        Assert.Equal((1, 0), (second.FeedsPolled, second.Failed));
        Assert.Equal((time.GetUtcNow(), 0, (string?)null), (stored!.LastSuccessAt, stored.ConsecutiveFailures, stored.LastError));
        Assert.StartsWith("TTT", stored.Title, StringComparison.Ordinal);
        Assert.Null(stored.ETag);
        Assert.Equal(1L, stored.ItemCount);
        Assert.All(server.Requests, request => Assert.False(request.Headers.ContainsKey("If-None-Match")));
    }

    /// <summary>Polls, lets <paramref name="wait"/> pass, polls again; returns the second cycle's summary.</summary>
    private static async Task<PollSummary> PollTwiceAsync(TestHost host, FakeTimeProvider time, TimeSpan wait, CancellationToken ct)
    {
        await host.Get<PollCycle>().RunAsync(ct);
        time.Advance(wait);
        return await host.Get<PollCycle>().RunAsync(ct);
    }

    private async Task<(TestHost Host, FakeTimeProvider Time, WatchedFeed Feed)> StartAsync(Uri url)
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var host = TestHost.Create(azurite, time);
        var feed = await host.Get<FeedStore>().AddAsync(url, null, null, TestContext.Current.CancellationToken);
        return (host, time, feed);
    }
}
