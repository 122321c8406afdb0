using Microsoft.AspNetCore.Http;
using NewsWatch.Core.Feeds;
using NewsWatch.IntegrationTests.Support;

namespace NewsWatch.IntegrationTests.Feeds;

public sealed class FeedFetcherRedirectTests
{
    /// <summary>Serves /hop/N as a redirect to /hop/N-1 with the status given for hop N, and /hop/0 as the feed.</summary>
    private static Task<LoopbackServer> StartChainAsync(params int[] statuses) => LoopbackServer.StartAsync(context =>
    {
        var hop = int.Parse(context.Request.Path.Value!.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        if (hop == 0)
            return TestFeeds.WriteRssAsync(context);
        context.Response.StatusCode = statuses[statuses.Length - hop];
        context.Response.Headers.Location = $"/hop/{hop - 1}";
        return Task.CompletedTask;
    });

    [Theory]
    [InlineData(new[] { 301 })]
    [InlineData(new[] { 308 })]
    [InlineData(new[] { 301, 308, 301 })]
    public async Task Fetch_WhenEveryHopIsPermanent_SetsPermanentUrlToTheFinalUrl(int[] statuses)
    {
        await using var server = await StartChainAsync(statuses);
        using var feeds = new FeedServices();

        var result = await feeds.FetchAsync(server.Url($"/hop/{statuses.Length}"));

        Assert.Equal(FetchOutcome.Fetched, result.Outcome);
        Assert.Equal(server.Url("/hop/0"), result.PermanentUrl);
        Assert.Equal(server.Url("/hop/0"), result.FinalUrl);
    }

    [Theory]
    [InlineData(new[] { 302 })]
    [InlineData(new[] { 307 })]
    [InlineData(new[] { 303 })]
    [InlineData(new[] { 301, 302 })]
    [InlineData(new[] { 302, 301 })]
    public async Task Fetch_WhenAnyHopIsTemporary_LeavesPermanentUrlUnset(int[] statuses)
    {
        await using var server = await StartChainAsync(statuses);
        using var feeds = new FeedServices();

        var result = await feeds.FetchAsync(server.Url($"/hop/{statuses.Length}"));

        Assert.Equal(FetchOutcome.Fetched, result.Outcome);
        Assert.Null(result.PermanentUrl);
        Assert.Equal(server.Url("/hop/0"), result.FinalUrl);
    }

    [Theory]
    [InlineData(404, FetchOutcome.Failed)]
    [InlineData(410, FetchOutcome.Gone)]
    public async Task Fetch_WhenPermanentRedirectLeadsToAnError_LeavesPermanentUrlUnset(int finalStatus, FetchOutcome expected)
    {
        await using var server = await LoopbackServer.StartAsync(context =>
        {
            context.Response.StatusCode = context.Request.Path == "/old" ? StatusCodes.Status301MovedPermanently : finalStatus;
            context.Response.Headers.Location = "/new";
            return Task.CompletedTask;
        });
        using var feeds = new FeedServices();

        var result = await feeds.FetchAsync(server.Url("/old"));

        Assert.Equal(expected, result.Outcome);
        Assert.Null(result.PermanentUrl);
    }

    [Fact]
    public async Task Fetch_WhenFiveRedirects_FollowsThemAll()
    {
        await using var server = await StartChainAsync(302, 302, 302, 302, 302);
        using var feeds = new FeedServices();

        var result = await feeds.FetchAsync(server.Url("/hop/5"));

        Assert.Equal(FetchOutcome.Fetched, result.Outcome);
    }

    [Fact]
    public async Task Fetch_WhenMoreThanFiveRedirects_FailsWithoutFollowingForever()
    {
        await using var server = await StartChainAsync(301, 301, 301, 301, 301, 301);
        using var feeds = new FeedServices();

        var result = await feeds.FetchAsync(server.Url("/hop/6"));

        Assert.Equal(FetchOutcome.Failed, result.Outcome);
        Assert.Contains("Too many redirects", result.Error, StringComparison.Ordinal);
        Assert.Null(result.PermanentUrl);
        Assert.Equal(6, server.Requests.Count);
    }

    [Fact]
    public async Task Fetch_WhenRedirectedPermanentlyThenNotModified_StillReportsThePermanentUrl()
    {
        await using var server = await LoopbackServer.StartAsync(context =>
        {
            context.Response.StatusCode = context.Request.Path == "/old" ? StatusCodes.Status301MovedPermanently : StatusCodes.Status304NotModified;
            context.Response.Headers.Location = "/new";
            return Task.CompletedTask;
        });
        using var feeds = new FeedServices();

        var result = await feeds.FetchAsync(server.Url("/old"), etag: "\"x\"");

        Assert.Equal(FetchOutcome.NotModified, result.Outcome);
        Assert.Equal(server.Url("/new"), result.PermanentUrl);
        Assert.All(server.Requests, request => Assert.Equal("\"x\"", request.Headers["If-None-Match"]));
    }

    [Fact]
    public async Task Fetch_WhenRedirectedToAFileUrl_RefusesToFollow()
    {
        await using var server = await LoopbackServer.StartAsync(context =>
        {
            context.Response.StatusCode = StatusCodes.Status302Found;
            context.Response.Headers.Location = "file:///etc/passwd";
            return Task.CompletedTask;
        });
        using var feeds = new FeedServices();

        var result = await feeds.FetchAsync(server.Url("/feed"));

        Assert.Equal(FetchOutcome.Failed, result.Outcome);
        Assert.Empty(result.Body);
        Assert.Contains("non-HTTP", result.Error, StringComparison.Ordinal);
    }
}
