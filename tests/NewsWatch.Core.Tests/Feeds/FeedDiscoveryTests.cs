using NewsWatch.Core.Feeds;

namespace NewsWatch.Core.Tests.Feeds;

public sealed class FeedDiscoveryTests
{
    private static readonly Uri Page = new("https://news.example.org/section/page.html");

    [Theory]
    [InlineData("""<link rel="alternate" type="application/rss+xml" href="/rss.xml">""", "https://news.example.org/rss.xml")]
    [InlineData("""<link href='feed.atom' type='application/atom+xml' rel='alternate'/>""", "https://news.example.org/section/feed.atom")]
    [InlineData("""<link rel="alternate" type="application/feed+json" href="https://cdn.example.net/feed.json">""", "https://cdn.example.net/feed.json")]
    [InlineData("""<link rel="alternate" type="application/json" href="/feed.json">""", "https://news.example.org/feed.json")]
    [InlineData("""<base href="https://other.example.org/b/"><link rel="alternate" type="application/rss+xml" href="rss">""", "https://other.example.org/b/rss")]
    [InlineData("""<link rel="stylesheet" href="/a.css"><link rel="ALTERNATE home" type="application/rss+xml; charset=utf-8" href="/x?a=1&amp;b=2">""", "https://news.example.org/x?a=1&b=2")]
    public void FindFeed_ReturnsTheAnnouncedFeedMadeAbsolute(string head, string expected)
    {
        var html = $"<!DOCTYPE html><html><head>{head}</head><body></body></html>";

        Assert.Equal(new Uri(expected), FeedDiscovery.FindFeed(html, Page));
    }

    [Fact]
    public void FindFeed_WhenOnlyOtherAlternates_ReturnsNull() =>
        Assert.Null(FeedDiscovery.FindFeed("""<html><head><link rel="alternate" hreflang="de" href="/de/"></head></html>""", Page));

    [Theory]
    [InlineData("<!DOCTYPE html>\n<html lang=\"en\"><head></head></html>", true)]
    [InlineData("<head><title>Document Moved</title></head>", true)]
    [InlineData("<?xml version=\"1.0\"?><!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0//EN\" \"x.dtd\"><rss version=\"2.0\"></rss>", false)]
    [InlineData("<note><body>not html</body></note>", false)]
    [InlineData("<rss version=\"2.0\"><channel><description>&lt;html&gt;</description></channel></rss>", false)]
    public void IsHtml_LooksAtTheFirstElementOnly(string text, bool expected) => Assert.Equal(expected, FeedDiscovery.IsHtml(text));
}
