using System.Globalization;
using Microsoft.AspNetCore.Http;
using NewsWatch.Core.Alerts;
using NewsWatch.Core.Sources;
using NewsWatch.Core.Storage;
using NewsWatch.Core.Pipeline;
using NewsWatch.IntegrationTests.Support;

namespace NewsWatch.IntegrationTests.Pipeline;

/// <summary>Search sources polled through whole cycles, against a stand-in for the engines served over HTTPS on loopback.</summary>
public sealed class SearchSourcePollingTests(AzuriteFixture azurite)
{
    private const string Headline = "Head of AI safety at Quarrender Labs resigns";
    private const string ArticleUrl = "https://www.dailyfictive.example/tech/2026/ai-safety-head-resigns";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task OneArticleFoundByTwoEngines_MakesOneAlert_CreditedToTheOutlet()
    {
        var published = DateTimeOffset.UtcNow.AddHours(-1).ToString("R", CultureInfo.InvariantCulture);
        await using var engines = await EngineStandIn.StartAsync(context => context.Request.Host.Host switch
        {
            "news.google.com" => Rss(context, $"""
                <item><title>{Headline} - The Daily Fictive</title><link>https://news.google.com/rss/articles/CBMiQWh0dHBzOi8vd3d3?oc=5</link>
                <guid isPermaLink="false">CBMiQWh0dHBzOi8vd3d3</guid><pubDate>{published}</pubDate>
                <description>&lt;a href="https://news.google.com/rss/articles/CBMiQWh0dHBzOi8vd3d3"&gt;{Headline}&lt;/a&gt;</description>
                <source url="https://www.dailyfictive.example">The Daily Fictive</source></item>
                """),
            "www.bing.com" => Rss(context, $"""
                <item><title>{Headline}</title>
                <link>http://www.bing.com/news/apiclick.aspx?ref=FexRss&amp;aid=&amp;tid=1&amp;url={Uri.EscapeDataString(ArticleUrl)}&amp;c=42&amp;mkt=en-us</link>
                <description>The researcher who led the lab's safety work is leaving after a dispute over testing.</description>
                <pubDate>{published}</pubDate><News:Source>The Daily Fictive</News:Source></item>
                """),
            _ => NotFound(context),
        });
        await using var host = Host(engines);
        // One engine's feed, then the other's: the second finds the article already claimed in
        // Links. (Polled in the same instant, the two may both get past Links; they then meet
        // in one story, which the alert count below checks all the same.)
        await host.Get<SearchSources>().AddAsync("\"AI safety\" resigns", "en", [SearchEngine.GoogleNews], Ct);
        var first = await host.Get<PollCycle>().RunAsync(Ct);
        await host.Get<SearchSources>().AddAsync("\"AI safety\" resigns", "en", [SearchEngine.BingNews], Ct);

        var summary = await host.Get<PollCycle>().RunAsync(Ct);

        Assert.Equal((1, 1, 0, 0), (first.Alerts, summary.FeedsPolled, summary.Failed, summary.Alerts));
        var page = await host.Get<AlertStore>().QueryAsync(new AlertQuery(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1)), Ct);
        var alert = Assert.Single(page.Alerts);
        Assert.Equal(Headline, alert.Title);
        Assert.Equal("The Daily Fictive", Assert.Single(alert.Sources).Outlet);
        var items = await host.RowsAsync(TableNames.Items);
        Assert.Single(items, row => row.GetString("DuplicateOfFeed") is not null);
        Assert.Equal(2, engines.Requests.Count);
    }

    [Fact]
    public async Task ACaptchaPageInPlaceOfResults_IsAClearErrorOnThatSource_AndTheCycleGoesOn()
    {
        await using var engines = await EngineStandIn.StartAsync(context => context.Request.Host.Host switch
        {
            "news.google.com" => Html(context, "<html><head><title>Sorry...</title></head><body>Our systems have detected unusual traffic from your computer network.</body></html>"),
            "api.gdeltproject.org" => Text(context, "Please limit requests to one every 5 seconds or contact kalev.leetaru5@gmail.com for larger queries."),
            _ => Rss(context, string.Empty),
        });
        await using var host = Host(engines);
        await host.Get<SearchSources>().AddAsync("alignment resigns", "en", SearchSources.AllEngines, Ct);

        var summary = await host.Get<PollCycle>().RunAsync(Ct);

        Assert.Equal((3, 2), (summary.FeedsPolled, summary.Failed));
        var feeds = await host.Get<FeedStore>().ListAsync(Ct);
        var errors = feeds.ToDictionary(feed => SearchFeedUrl.TryRead(feed.Url)!.Engine, feed => feed.LastError);
        Assert.Contains("Google News sent a web page", errors[SearchEngine.GoogleNews], StringComparison.Ordinal);
        Assert.Contains("GDELT", errors[SearchEngine.Gdelt], StringComparison.Ordinal);
        Assert.Null(errors[SearchEngine.BingNews]);
    }

    [Fact]
    public async Task GdeltArticles_AreStoredAsHeadlinesFromTheirOutlets()
    {
        var seen = DateTimeOffset.UtcNow.AddMinutes(-30).ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        await using var engines = await EngineStandIn.StartAsync(context => Json(context, $$"""
            {"articles":[{"url":"{{ArticleUrl}}","url_mobile":"","title":"{{Headline}}","seendate":"{{seen}}","socialimage":"","domain":"dailyfictive.example","language":"English","sourcecountry":"United Kingdom"}]}
            """));
        await using var host = Host(engines);
        var added = await host.Get<SearchSources>().AddAsync("\"AI safety\" resigns", "en", [SearchEngine.Gdelt], Ct);

        var summary = await host.Get<PollCycle>().RunAsync(Ct);

        Assert.Equal((1, 1, 1), (summary.FeedsPolled, summary.NewItems, summary.Alerts));
        var row = Assert.Single(await host.RowsAsync(TableNames.Items));
        Assert.Equal(added[0].Feed.Id, row.PartitionKey);
        Assert.True(row.GetBoolean("IsHeadlineOnly"));
        Assert.Equal(("dailyfictive.example", string.Empty), (row.GetString("Source"), row.GetString("Summary")));
        Assert.Contains("sourcelang:english", Uri.UnescapeDataString(engines.Requests.Single().PathAndQuery), StringComparison.OrdinalIgnoreCase);
    }

    private TestHost Host(EngineStandIn engines) => TestHost.Create(
        azurite,
        settings: new Dictionary<string, string?> { ["NewsWatch:Feeds:SearchEngines:MinGap"] = "00:00:00" },
        configure: engines.Route);

    private static Task Rss(HttpContext context, string items)
    {
        context.Response.ContentType = "application/rss+xml; charset=utf-8";
        return context.Response.WriteAsync($"""
            <?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:News="https://www.bing.com:443/news/search?q=x&amp;format=rss"><channel><title>Search</title><link>https://{context.Request.Host}/</link><language>en-US</language>{items}</channel></rss>
            """);
    }

    private static Task Html(HttpContext context, string page)
    {
        context.Response.ContentType = "text/html; charset=utf-8";
        return context.Response.WriteAsync(page);
    }

    private static Task Text(HttpContext context, string text)
    {
        context.Response.ContentType = "text/plain";
        return context.Response.WriteAsync(text);
    }

    private static Task Json(HttpContext context, string json)
    {
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(json);
    }

    private static Task NotFound(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        return Task.CompletedTask;
    }
}
