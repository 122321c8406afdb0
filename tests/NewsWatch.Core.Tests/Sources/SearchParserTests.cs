using System.Text;
using Microsoft.Extensions.Time.Testing;
using NewsWatch.Core.Feeds;
using NewsWatch.Core.Sources;

namespace NewsWatch.Core.Tests.Sources;

public sealed class SearchParserTests
{
    private static readonly DateTimeOffset Now = new(2024, 11, 5, 13, 0, 0, TimeSpan.Zero);
    private readonly SearchParser parser = new(new FeedParser(new FakeTimeProvider(Now)), new FakeTimeProvider(Now), Microsoft.Extensions.Options.Options.Create(new FeedOptions()));

    [Fact]
    public void Parse_WhenGoogleSendsItsUnusualTrafficPage_FailsNamingGoogleNews()
    {
        var result = Parse(SearchEngine.GoogleNews, SourceFixtures.Bytes("google-unusual-traffic.html"), "text/html");

        Assert.False(result.IsSuccess);
        Assert.StartsWith("Google News sent a web page (a captcha or consent page?) instead of search results", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_WhenGoogleSendsAConsentPageThatLinksAFeed_FailsInsteadOfFollowingTheLink()
    {
        var result = Parse(SearchEngine.GoogleNews, SourceFixtures.Bytes("google-consent.html"), "text/html; charset=utf-8");

        Assert.Null(result.DiscoveredFeedUrl);
        Assert.Equal("Google News sent a web page (a captcha or consent page?) instead of search results: \"Avant d'accéder à Google Actualités\".", result.Error);
    }

    [Fact]
    public void Parse_WhenBingSendsAWebPageServedAsXml_FailsNamingBingNews()
    {
        var body = Encoding.UTF8.GetBytes("<!DOCTYPE html><html><head><title>Bing</title></head><body>Verify you are human</body></html>");

        var result = Parse(SearchEngine.BingNews, body, "application/rss+xml");

        Assert.Equal("Bing News sent a web page (a captcha or consent page?) instead of search results: \"Bing\".", result.Error);
    }

    [Fact]
    public void Parse_WhenTheWebPageIsGzipped_StillRecognisesIt()
    {
        var result = Parse(SearchEngine.GoogleNews, Gzip(SourceFixtures.Bytes("google-unusual-traffic.html")), null);

        Assert.StartsWith("Google News sent a web page", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_GoogleNewsResults_AreCleaned()
    {
        var result = Parse(SearchEngine.GoogleNews, SourceFixtures.Bytes("google-news-search-fr.xml"), "application/xml");

        Assert.Equal("Le Courrier du Rhône", result.Items[0].Source);
        Assert.StartsWith("search-result://", result.Items[0].CanonicalLink, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_GdeltAnswers_AreReadAsJsonArticleLists()
    {
        var result = Parse(SearchEngine.Gdelt, SourceFixtures.Bytes("gdelt-artlist-fr.json"), "application/json");

        Assert.Equal(3, result.Items.Count);
        Assert.All(result.Items, i => Assert.True(i.IsHeadlineOnly));
    }

    [Fact]
    public void Parse_WhenGdeltAsksToSlowDown_SaysSo()
    {
        var result = Parse(SearchEngine.Gdelt, Encoding.UTF8.GetBytes("Please limit requests to one every 5 seconds."), "text/plain");

        Assert.Contains("Please limit requests to one every 5 seconds.", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void WebPageError_ForResultsThatAreRss_IsNull()
    {
        Assert.Null(SearchAnswer.WebPageError(SearchEngine.BingNews, SourceFixtures.Bytes("bing-news-search-fr.xml"), "text/xml"));
    }

    private ParseResult Parse(SearchEngine engine, byte[] body, string? contentType) =>
        parser.Parse(engine, "s", SearchFeedUrl.For(engine, "alignement", "fr"), body, contentType, TestContext.Current.CancellationToken);

    private static byte[] Gzip(byte[] data)
    {
        using var output = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(output, System.IO.Compression.CompressionLevel.Fastest))
            gzip.Write(data);
        return output.ToArray();
    }
}
