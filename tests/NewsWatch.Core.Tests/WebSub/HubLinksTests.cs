using System.Xml.Linq;
using NewsWatch.Core.WebSub;

namespace NewsWatch.Core.Tests.WebSub;

public sealed class HubLinksTests
{
    [Fact]
    public void AnRssChannelsAtomLinks_NameTheHubAndTheTopic()
    {
        var links = Feed("""<rss xmlns:atom="http://www.w3.org/2005/Atom"><channel><atom:link rel="hub" href="https://hub.example/"/><atom:link rel="self" href="https://wire.example/feed.xml"/></channel></rss>""");

        Assert.Equal((new Uri("https://hub.example/"), new Uri("https://wire.example/feed.xml")), (links.Hub, links.Self));
    }

    [Fact]
    public void AnAtomFeedsLinks_NameTheHub()
    {
        var links = Feed("""<feed xmlns="http://www.w3.org/2005/Atom"><link rel="alternate" href="https://wire.example/"/><link rel="hub" href="https://hub.example/push"/></feed>""");

        Assert.Equal(new Uri("https://hub.example/push"), links.Hub);
        Assert.Null(links.Self);
    }

    [Theory]
    [InlineData("<https://hub.example/>; rel=\"hub\", <https://wire.example/feed>; rel=\"self\"")]
    [InlineData("<https://wire.example/feed>; rel=self, <https://hub.example/>; rel=\"hub other\"")]
    public void LinkHeaders_NameTheHubAndTheTopic(string header)
    {
        var links = HubLinks.FromHeaders([header]);

        Assert.Equal((new Uri("https://hub.example/"), new Uri("https://wire.example/feed")), (links.Hub, links.Self));
    }

    [Theory]
    [InlineData("<javascript:alert(1)>; rel=hub")]
    [InlineData("<ftp://hub.example/>; rel=hub")]
    [InlineData("<relative/hub>; rel=hub")]
    [InlineData("https://hub.example/; rel=hub")]
    [InlineData("<https://hub.example/>; rel=alternate")]
    public void AnythingButAnAbsoluteWebUrlWithRelHub_IsNoHub(string header)
    {
        Assert.Null(HubLinks.FromHeaders([header]).Hub);
    }

    [Fact]
    public void TheHeadersLinks_WinOverTheFeeds()
    {
        var header = HubLinks.FromHeaders(["<https://header-hub.example/>; rel=hub"]);
        var feed = new HubLinks(new Uri("https://feed-hub.example/"), new Uri("https://wire.example/feed"));

        var links = header.Or(feed);

        Assert.Equal((new Uri("https://header-hub.example/"), new Uri("https://wire.example/feed")), (links.Hub, links.Self));
    }

    [Fact]
    public void AJsonFeedsWebSubHub_IsFoundByTheParser()
    {
        const string Json = """
            {"version":"https://jsonfeed.org/version/1.1","title":"Wire","feed_url":"https://wire.example/feed.json",
             "hubs":[{"type":"rssCloud","url":"https://cloud.example/"},{"type":"WebSub","url":"https://hub.example/"}],
             "items":[{"id":"1","title":"Quarterly results"}]}
            """;

        var parsed = new NewsWatch.Core.Feeds.FeedParser(TimeProvider.System).Parse("f", new Uri("https://wire.example/feed.json"), System.Text.Encoding.UTF8.GetBytes(Json), cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal((new Uri("https://hub.example/"), new Uri("https://wire.example/feed.json")), (parsed.Hubs.Hub, parsed.Hubs.Self));
    }

    [Fact]
    public void AnRssFeedsHub_IsFoundByTheParser()
    {
        const string Rss = """<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>Wire</title><atom:link rel="hub" href="https://hub.example/"/><item><title>Quarterly results</title></item></channel></rss>""";

        var parsed = new NewsWatch.Core.Feeds.FeedParser(TimeProvider.System).Parse("f", new Uri("https://wire.example/rss"), System.Text.Encoding.UTF8.GetBytes(Rss), cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(new Uri("https://hub.example/"), parsed.Hubs.Hub);
    }

    private static HubLinks Feed(string xml) => HubLinks.FromFeed(XDocument.Parse(xml).Root!);
}
