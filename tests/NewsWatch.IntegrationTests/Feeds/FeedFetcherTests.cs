using System.Globalization;
using Microsoft.AspNetCore.Http;
using NewsWatch.Core.Feeds;
using NewsWatch.IntegrationTests.Support;

namespace NewsWatch.IntegrationTests.Feeds;

public sealed class FeedFetcherTests
{
    [Fact]
    public async Task Fetch_SendsUserAgentNamingNewsWatchAndAcceptEncoding()
    {
        await using var server = await LoopbackServer.StartAsync(context => TestFeeds.WriteRssAsync(context));
        using var feeds = new FeedServices();

        await feeds.FetchAsync(server.Url("/feed"));

        var request = Assert.Single(server.Requests);
        Assert.Contains("NewsWatch", request.Headers["User-Agent"], StringComparison.Ordinal);
        Assert.Contains("github.com", request.Headers["User-Agent"], StringComparison.Ordinal);
        Assert.Contains("gzip", request.Headers["Accept-Encoding"], StringComparison.Ordinal);
        Assert.Contains("br", request.Headers["Accept-Encoding"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fetch_WhenServerSends304ForTheETag_ReturnsNotModifiedWithoutBody()
    {
        await using var server = await LoopbackServer.StartAsync(context =>
        {
            context.Response.Headers.ETag = "\"v1\"";
            if (context.Request.Headers.IfNoneMatch == "\"v1\"")
            {
                context.Response.StatusCode = StatusCodes.Status304NotModified;
                return Task.CompletedTask;
            }

            return TestFeeds.WriteRssAsync(context);
        });
        using var feeds = new FeedServices();

        var first = await feeds.FetchAsync(server.Url("/feed"));
        var second = await feeds.FetchAsync(server.Url("/feed"), etag: first.ETag);

        Assert.Equal(FetchOutcome.Fetched, first.Outcome);
        Assert.Equal("\"v1\"", first.ETag);
        Assert.Equal(FetchOutcome.NotModified, second.Outcome);
        Assert.Empty(second.Body);
    }

    [Fact]
    public async Task Fetch_WhenLastModifiedIsKnown_SendsIfModifiedSinceAndGets304()
    {
        const string lastModified = "Wed, 21 Oct 2015 07:28:00 GMT";
        await using var server = await LoopbackServer.StartAsync(context =>
        {
            context.Response.Headers.LastModified = lastModified;
            if (context.Request.Headers.IfModifiedSince == lastModified)
            {
                context.Response.StatusCode = StatusCodes.Status304NotModified;
                return Task.CompletedTask;
            }

            return TestFeeds.WriteRssAsync(context);
        });
        using var feeds = new FeedServices();

        var first = await feeds.FetchAsync(server.Url("/feed"));
        var second = await feeds.FetchAsync(server.Url("/feed"), lastModified: first.LastModified);

        Assert.Equal(lastModified, first.LastModified);
        Assert.Equal(FetchOutcome.NotModified, second.Outcome);
    }

    [Fact]
    public async Task Fetch_When304OmitsTheValidators_ReturnsTheOnesSentSoTheyAreNotForgotten()
    {
        await using var server = await LoopbackServer.StartAsync(context =>
        {
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            return Task.CompletedTask;
        });
        using var feeds = new FeedServices();

        var result = await feeds.FetchAsync(server.Url("/feed"), etag: "W/\"abc\"", lastModified: "Wed, 21 Oct 2015 07:28:00 GMT");

        Assert.Equal(FetchOutcome.NotModified, result.Outcome);
        Assert.Equal("W/\"abc\"", result.ETag);
        Assert.Equal("Wed, 21 Oct 2015 07:28:00 GMT", result.LastModified);
    }

    [Fact]
    public async Task Fetch_WhenETagIsUnquoted_StillSendsItBack()
    {
        await using var server = await LoopbackServer.StartAsync(context =>
        {
            context.Response.Headers.ETag = "abc123";
            return TestFeeds.WriteRssAsync(context);
        });
        using var feeds = new FeedServices();

        var first = await feeds.FetchAsync(server.Url("/feed"));
        await feeds.FetchAsync(server.Url("/feed"), etag: first.ETag);

        Assert.Equal("abc123", first.ETag);
        Assert.Equal("abc123", server.Requests.Last().Headers["If-None-Match"]);
    }

    [Theory]
    [InlineData("gzip")]
    [InlineData("br")]
    [InlineData("deflate")]
    public async Task Fetch_WhenBodyIsCompressed_ReturnsItDecompressed(string encoding)
    {
        await using var server = await LoopbackServer.StartAsync(context => encoding == "deflate"
            ? WriteDeflateAsync(context)
            : TestFeeds.WriteCompressedAsync(context, encoding));
        using var feeds = new FeedServices();

        var fetched = await feeds.FetchAsync(server.Url("/feed"));
        var parsed = feeds.Parser.Parse("test", fetched.FinalUrl!, fetched.Body, fetched.ContentType, TestContext.Current.CancellationToken);

        Assert.Equal(FetchOutcome.Fetched, fetched.Outcome);
        Assert.Equal("Safety team grows", Assert.Single(parsed.Items).Title);
    }

    [Fact]
    public async Task Fetch_When410_ReturnsGoneWithReason()
    {
        await using var server = await LoopbackServer.StartAsync(context =>
        {
            context.Response.StatusCode = StatusCodes.Status410Gone;
            return Task.CompletedTask;
        });
        using var feeds = new FeedServices();

        var result = await feeds.FetchAsync(server.Url("/feed"));

        Assert.Equal(FetchOutcome.Gone, result.Outcome);
        Assert.Contains("410", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(429, "120", 120)]
    [InlineData(503, "http-date", 300)]
    public async Task Fetch_WhenRateLimited_ReturnsRetryAfter(int status, string retryAfter, int expectedSeconds)
    {
        await using var server = await LoopbackServer.StartAsync(context =>
        {
            context.Response.StatusCode = status;
            context.Response.Headers.RetryAfter = retryAfter == "http-date"
                ? DateTimeOffset.UtcNow.AddSeconds(expectedSeconds).ToString("R", CultureInfo.InvariantCulture)
                : retryAfter;
            return Task.CompletedTask;
        });
        using var feeds = new FeedServices();

        var result = await feeds.FetchAsync(server.Url("/feed"));

        Assert.Equal(FetchOutcome.RateLimited, result.Outcome);
        Assert.NotNull(result.RetryAfter);
        Assert.InRange(result.RetryAfter.Value.TotalSeconds, expectedSeconds - 5, expectedSeconds);
    }

    [Theory]
    [InlineData(404, "HTTP 404 Not Found")]
    [InlineData(500, "HTTP 500 Internal Server Error")]
    public async Task Fetch_WhenServerAnswersAnError_FailsNamingTheStatus(int status, string expected)
    {
        await using var server = await LoopbackServer.StartAsync(context =>
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        });
        using var feeds = new FeedServices();

        var result = await feeds.FetchAsync(server.Url("/feed"));

        Assert.Equal(FetchOutcome.Failed, result.Outcome);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fetch_FileUrlOrLocalPath_ReadsTheFeed()
    {
        var path = Path.Combine(Path.GetTempPath(), $"newswatch-{Guid.NewGuid():N}.xml");
        await File.WriteAllTextAsync(path, TestFeeds.Rss, TestContext.Current.CancellationToken);
        try
        {
            using var feeds = new FeedServices();

            var byUrl = await feeds.FetchAsync(new Uri("file://" + path));
            var byPath = await feeds.FetchAsync(new Uri(path));

            Assert.Equal(FetchOutcome.Fetched, byUrl.Outcome);
            Assert.Equal(byUrl.Body, byPath.Body);
            Assert.Equal("Safety team grows", Assert.Single(feeds.Parser.Parse("f", byUrl.FinalUrl!, byUrl.Body, null, TestContext.Current.CancellationToken).Items).Title);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Fetch_WhenFileIsMissing_FailsNamingThePath()
    {
        using var feeds = new FeedServices();

        var result = await feeds.FetchAsync(new Uri("file:///nonexistent/newswatch/feed.xml"));

        Assert.Equal(FetchOutcome.Failed, result.Outcome);
        Assert.Contains("/nonexistent/newswatch/feed.xml", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("feeds/relative.xml", "Not an absolute URL")]
    [InlineData("ftp://example.org/feed.xml", "only http, https and local files")]
    public async Task Fetch_WhenUrlCannotBeFetched_FailsWithoutThrowing(string url, string expected)
    {
        using var feeds = new FeedServices();

        var result = await feeds.FetchAsync(new Uri(url, UriKind.RelativeOrAbsolute));

        Assert.Equal(FetchOutcome.Failed, result.Outcome);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
    }

    private static async Task WriteDeflateAsync(HttpContext context)
    {
        using var compressed = new MemoryStream();
        await using (var deflate = new System.IO.Compression.ZLibStream(compressed, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
            await deflate.WriteAsync(System.Text.Encoding.UTF8.GetBytes(TestFeeds.Rss), context.RequestAborted);
        context.Response.Headers.ContentEncoding = "deflate";
        await context.Response.Body.WriteAsync(compressed.ToArray(), context.RequestAborted);
    }
}
