using System.Text;
using NewsWatch.Core.Feeds;

namespace NewsWatch.Core.Tests.Feeds;

public sealed class OpmlTests
{
    [Fact]
    public void WriteThenRead_ReturnsTheSameFeeds()
    {
        OpmlFeed[] feeds =
        [
            new("Alignment Forum", new Uri("https://www.alignmentforum.org/feed.xml"), "en"),
            new("Heise & Co „Sicherheit“", new Uri("https://www.heise.de/rss/heise.rdf?a=1&b=2"), "de"),
            new("No language", new Uri("http://example.org/feed")),
        ];

        var read = Read(Opml.Write(feeds));

        Assert.Equal(feeds, read);
    }

    [Fact]
    public void Read_FlattensCategoriesAndAcceptsEveryExporterSpelling()
    {
        const string opml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <opml version="1.0">
              <head><title>Export</title></head>
              <body>
                <outline text="AI safety">
                  <outline type="rss" text="Text only" xmlurl="https://a.example.org/rss" language="en-GB"/>
                  <outline type="rss" title="Titled" text="ignored" xmlUrl=" https://b.example.org/atom "/>
                </outline>
                <outline type="rss" xmlUrl="https://c.example.org/feed.json"/>
                <outline type="rss" text="Broken" xmlUrl="not a url"/>
                <outline type="rss" text="Local" xmlUrl="file:///etc/passwd"/>
              </body>
            </opml>
            """;

        var feeds = Read(opml);

        Assert.Equal(
        [
            new OpmlFeed("Text only", new Uri("https://a.example.org/rss"), "en"),
            new OpmlFeed("Titled", new Uri("https://b.example.org/atom")),
            new OpmlFeed("https://c.example.org/feed.json", new Uri("https://c.example.org/feed.json")),
        ], feeds);
    }

    [Fact]
    public void Write_ProducesOpml2WithXmlUrlAttributes()
    {
        var opml = Opml.Write([new OpmlFeed("A", new Uri("https://a.example.org/rss"), "en")]);

        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>", opml, StringComparison.Ordinal);
        Assert.Contains("<opml version=\"2.0\">", opml, StringComparison.Ordinal);
        Assert.Contains("xmlUrl=\"https://a.example.org/rss\"", opml, StringComparison.Ordinal);
    }

    private static IReadOnlyList<OpmlFeed> Read(string opml)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(opml));
        return Opml.Read(stream);
    }
}
