using System.Text;
using Microsoft.Extensions.Time.Testing;
using NewsWatch.Core.Feeds;
using NewsWatch.Core.Sources;

namespace NewsWatch.Core.Tests.Sources;

public sealed class SearchResultsTests
{
    private static readonly DateTimeOffset FirstSeen = new(2024, 11, 5, 13, 0, 0, TimeSpan.Zero);
    private readonly FeedParser feeds = new(new FakeTimeProvider(FirstSeen));

    [Fact]
    public void Clean_GoogleNews_StripsTheOutletFromTheHeadlineAndNamesItAsSource()
    {
        var items = Google().Items;

        Assert.Equal("L’institut européen de sécurité de l’IA recrute sa directrice", items[0].Title);
        Assert.Equal("Le Courrier du Rhône", items[0].Source);
        Assert.True(items[0].IsHeadlineOnly);
        Assert.Empty(items[0].Summary);
    }

    [Fact]
    public void Clean_GoogleNews_KeepsADashThatIsPartOfTheHeadline()
    {
        Assert.Equal("Alignement - le grand défi des laboratoires", Google().Items[1].Title);
    }

    [Fact]
    public void Clean_GoogleNews_KeepsAnEndingThatIsNotTheOutlet()
    {
        var item = Google().Items[2];

        Assert.Equal("Entretien avec Clara Mendès - Partie 2", item.Title);
        Assert.Equal("Radio Quartier", item.Source);
    }

    [Fact]
    public void Clean_GoogleNews_DropsTheDescriptionThatOnlyRepeatsHeadlines()
    {
        Assert.All(Google().Items, item => Assert.Empty(item.Summary));
    }

    [Fact]
    public void Clean_GoogleNews_KeepsTheRedirectLinkAndTheGuidAsId()
    {
        var parsed = feeds.Parse("g", SearchUrl(SearchEngine.GoogleNews), SourceFixtures.Bytes("google-news-search-fr.xml"), null, TestContext.Current.CancellationToken);

        var cleaned = SearchResults.Clean(SearchEngine.GoogleNews, parsed);

        Assert.Equal(parsed.Items.Select(i => i.Id), cleaned.Items.Select(i => i.Id));
        Assert.Equal("news.google.com", cleaned.Items[0].Link!.Host);
    }

    [Fact]
    public void Clean_BingNews_UnwrapsTheClickCounterIntoTheArticleLink()
    {
        var items = Bing().Items;

        Assert.Equal(new Uri("https://www.courrierdurhone.example/europe/2024/11/05/institut-securite-ia-directrice_123.html?utm_source=bing"), items[0].Link);
        Assert.Equal("Le Courrier du Rhône", items[0].Source);
        Assert.Equal("Éco Lyon", items[1].Source);
        Assert.StartsWith("L'institut chargé", items[0].Summary, StringComparison.Ordinal);
        Assert.False(items[0].IsHeadlineOnly);
    }

    [Fact]
    public void Clean_SameArticleFromGoogleAndBing_GetsTheSameCanonicalLink()
    {
        var google = Google().Items[0];
        var bing = Bing().Items[0];

        Assert.Equal("search-result://courrierdurhone.example/l-institut-europeen-de-securite-de-l-ia-recrute-sa-directrice", google.CanonicalLink);
        Assert.Equal(google.CanonicalLink, bing.CanonicalLink);
    }

    [Fact]
    public void Clean_BingNews_KeepsIdsWhenTheClickCounterChangesBetweenPolls()
    {
        var first = Bing().Items;
        var again = Encoding.UTF8.GetString(SourceFixtures.Bytes("bing-news-search-fr.xml"))
            .Replace("tid=6729F3A1B2C44D5E8F9A0B1C2D3E4F5", "tid=0000000000000000000000000000000", StringComparison.Ordinal)
            .Replace("c=1234567890123456789", "c=5555555555555555555", StringComparison.Ordinal);

        var second = Bing(Encoding.UTF8.GetBytes(again)).Items;

        Assert.Equal(first.Select(i => i.Id), second.Select(i => i.Id));
        Assert.NotEqual(first[0].Id, first[1].Id);
    }

    [Theory]
    [InlineData("javascript%3aalert(document.cookie)")]
    [InlineData("%2fnews%2farticle")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("https%3a%2f%2fwww.bing.com%2fnews%2fapiclick.aspx%3furl%3dhttps%3a%2f%2fa.example")]
    public void Clean_BingNews_WhenTheUrlParameterIsNoWebAddress_LeavesNoLink(string? url)
    {
        var link = "http://www.bing.com/news/apiclick.aspx?ref=FexRss&amp;tid=1" + (url is null ? string.Empty : "&amp;url=" + url);
        var rss = $"""
            <rss version="2.0" xmlns:News="https://www.bing.com:443/news/search?q=x&amp;format=rss"><channel><title>x - BingNews</title>
            <item><title>Safety lead leaves lab</title><link>{link}</link><News:Source>Harbour Times</News:Source></item>
            </channel></rss>
            """;

        var item = Assert.Single(Bing(Encoding.UTF8.GetBytes(rss)).Items);

        Assert.Null(item.Link);
        Assert.Null(item.CanonicalLink);
        Assert.Equal("Harbour Times", item.Source);
        Assert.Equal("Safety lead leaves lab", item.Title);
    }

    [Fact]
    public void Clean_WhenTheParserFoundAFeedInAWebPage_FailsNamingTheEngineInsteadOfFollowingIt()
    {
        var discovered = new ParseResult { DiscoveredFeedUrl = new Uri("https://consent.google.com/feed") };

        var result = SearchResults.Clean(SearchEngine.GoogleNews, discovered);

        Assert.Null(result.DiscoveredFeedUrl);
        Assert.Equal("Google News sent a web page (a captcha or consent page?) instead of search results.", result.Error);
    }

    [Fact]
    public void Clean_WhenParsingFailed_KeepsTheReasonAndNamesTheEngine()
    {
        var result = SearchResults.Clean(SearchEngine.BingNews, ParseResult.Failure("Not well-formed XML, even after repair: x"));

        Assert.Equal("Bing News: Not well-formed XML, even after repair: x", result.Error);
    }

    private ParseResult Google() => SearchResults.Clean(SearchEngine.GoogleNews,
        feeds.Parse("g", SearchUrl(SearchEngine.GoogleNews), SourceFixtures.Bytes("google-news-search-fr.xml"), null, TestContext.Current.CancellationToken));

    private ParseResult Bing(byte[]? body = null) => SearchResults.Clean(SearchEngine.BingNews,
        feeds.Parse("b", SearchUrl(SearchEngine.BingNews), body ?? SourceFixtures.Bytes("bing-news-search-fr.xml"), null, TestContext.Current.CancellationToken));

    private static Uri SearchUrl(SearchEngine engine) => SearchFeedUrl.For(engine, "\"sécurité de l'IA\"", "fr");
}
