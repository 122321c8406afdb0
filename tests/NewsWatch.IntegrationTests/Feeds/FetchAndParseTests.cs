using System.Text;
using Microsoft.AspNetCore.Http;
using NewsWatch.Core.Feeds;
using NewsWatch.IntegrationTests.Support;

namespace NewsWatch.IntegrationTests.Feeds;

/// <summary>What the polling pipeline does with one feed: fetch over loopback HTTP, then parse.</summary>
public sealed class FetchAndParseTests
{
    private const string Title = "Größere Änderungen im Sicherheitsteam – „KI“";

    static FetchAndParseTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Theory]
    [InlineData("iso-8859-1", "iso-8859-1", "application/rss+xml; charset=utf-8")]
    [InlineData("windows-1252", "windows-1252", "text/xml; charset=UTF-8")]
    [InlineData("utf-8", "utf-8", "application/xml; charset=iso-8859-1")]
    [InlineData("utf-8", "iso-8859-1", "text/xml; charset=windows-1252")]
    [InlineData("windows-1252", "iso-8859-1", "text/xml")]
    [InlineData("utf-16", "utf-16", "application/rss+xml; charset=utf-8")]
    public async Task FetchAndParse_WhenCharsetHeaderContradictsTheBody_TitlesComeOutAsWritten(string bodyEncoding, string declared, string contentType)
    {
        var encoding = Encoding.GetEncoding(bodyEncoding);
        // ISO-8859-1 cannot hold the typographic quotes, so that variant uses plain ones.
        var title = bodyEncoding == "iso-8859-1" ? Title.Replace('„', '"').Replace('“', '"').Replace('–', '-') : Title;
        var xml = $"<?xml version=\"1.0\" encoding=\"{declared}\"?><rss version=\"2.0\"><channel><title>c</title><item><title>{title}</title></item></channel></rss>";
        var body = encoding.GetPreamble().Concat(encoding.GetBytes(xml)).ToArray();
        await using var server = await LoopbackServer.StartAsync(context =>
        {
            context.Response.ContentType = contentType;
            return context.Response.Body.WriteAsync(body, context.RequestAborted).AsTask();
        });
        using var feeds = new FeedServices();

        var parsed = await FetchAndParseAsync(feeds, server.Url("/feed"));

        Assert.Equal(title, Assert.Single(parsed.Items).Title);
    }

    [Fact]
    public async Task FetchAndParse_WhenServedAnHtmlPage_DiscoversTheFeedAndItCanBePolled()
    {
        await using var server = await LoopbackServer.StartAsync(context => context.Request.Path == "/blog/"
            ? Html(context, """<!DOCTYPE html><html><head><title>Blog</title><link rel="alternate" type="application/rss+xml" title="RSS" href="../feeds/main.xml"></head><body>Hi</body></html>""")
            : TestFeeds.WriteRssAsync(context));
        using var feeds = new FeedServices();

        var page = await FetchAndParseAsync(feeds, server.Url("/blog/"));
        var feed = await FetchAndParseAsync(feeds, page.DiscoveredFeedUrl!);

        Assert.Equal(server.Url("/feeds/main.xml"), page.DiscoveredFeedUrl);
        Assert.False(page.IsSuccess);
        Assert.Equal("Safety team grows", Assert.Single(feed.Items).Title);
    }

    [Fact]
    public async Task FetchAndParse_RelativeLinks_ResolveAgainstTheUrlAfterRedirects()
    {
        await using var server = await LoopbackServer.StartAsync(context =>
        {
            if (context.Request.Path == "/old")
            {
                context.Response.StatusCode = StatusCodes.Status302Found;
                context.Response.Headers.Location = "/news/feed.xml";
                return Task.CompletedTask;
            }

            return TestFeeds.WriteRssAsync(context, "<rss version=\"2.0\"><channel><title>t</title><item><title>a</title><link>story.html?utm_medium=rss</link></item></channel></rss>");
        });
        using var feeds = new FeedServices();

        var item = Assert.Single((await FetchAndParseAsync(feeds, server.Url("/old"))).Items);

        Assert.Equal(server.Url("/news/story.html?utm_medium=rss"), item.Link);
        Assert.Equal(server.Url("/news/story.html").AbsoluteUri, item.CanonicalLink);
    }

    internal static async Task<ParseResult> FetchAndParseAsync(FeedServices feeds, Uri url)
    {
        var fetched = await feeds.FetchAsync(url);
        Assert.True(fetched.Outcome == FetchOutcome.Fetched, fetched.Error);
        return feeds.Parser.Parse("test", fetched.FinalUrl ?? url, fetched.Body, fetched.ContentType);
    }

    private static Task Html(HttpContext context, string html)
    {
        context.Response.ContentType = "text/html; charset=utf-8";
        return context.Response.WriteAsync(html, context.RequestAborted);
    }
}
