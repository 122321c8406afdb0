using System.IO.Compression;
using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NewsWatch.Core.Feeds;

namespace NewsWatch.Core.Tests.Feeds;

public sealed class FeedParserTests
{
    private static readonly Uri FeedUrl = new("https://news.example.org/feed");
    private static readonly DateTimeOffset FirstSeen = new(2025, 3, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly FeedParser parser = new(new FakeTimeProvider(FirstSeen));

    [Theory]
    [InlineData("", "empty")]
    [InlineData("   \n ", "empty")]
    [InlineData("<note><to>you</to></note>", "root element is <note>")]
    [InlineData("<rss version=\"2.0\"></rss>", "without a <channel>")]
    [InlineData("just words", "Not well-formed XML")]
    [InlineData("{\"version\": \"https://jsonfeed.org/version/1.1\", \"title\": \"cut", "Invalid JSON")]
    [InlineData("{\"rss\": {\"channel\": {}}}", "not a JSON Feed")]
    [InlineData("{\"items\": [], \"items\": []}", "Invalid JSON")]
    [InlineData("<html><head><title>Moved</title></head><body>gone</body></html>", "An HTML page (\"Moved\")")]
    public void Parse_WhenNotAFeed_FailsWithAClearOneLineError(string body, string expected)
    {
        var result = parser.Parse("f", FeedUrl, Encoding.UTF8.GetBytes(body), null, TestContext.Current.CancellationToken);

        Assert.False(result.IsSuccess);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', result.Error!);
    }

    [Fact]
    public void Parse_WhenATitleRunsToMegabytes_KeepsAHeadlinesWorth()
    {
        var title = string.Concat(Enumerable.Repeat("Safety team dissolved ", 50_000));
        var rss = $"<rss version=\"2.0\"><channel><title>t</title><item><title>{title}</title><link>https://news.example.org/a</link></item></channel></rss>";

        var result = parser.Parse("f", FeedUrl, Encoding.UTF8.GetBytes(rss), null, TestContext.Current.CancellationToken);

        var item = Assert.Single(result.Items);
        Assert.InRange(item.Title.Length, 1, NewsItem.MaxTitleLength + 1);
        Assert.StartsWith("Safety team dissolved", item.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_WhenHtmlPageAnnouncesAFeed_ReturnsItsAbsoluteUrl()
    {
        const string html = """<!doctype html><html><head><link rel="alternate" type="application/atom+xml" href="/atom.xml"></head></html>""";

        var result = parser.Parse("f", new Uri("https://news.example.org/blog/"), Encoding.UTF8.GetBytes(html), "text/html", TestContext.Current.CancellationToken);

        Assert.Equal(new Uri("https://news.example.org/atom.xml"), result.DiscoveredFeedUrl);
        Assert.Empty(result.Items);
    }

    [Fact]
    public void Parse_WhenHtmlPageNamesItselfAsTheFeed_FailsInsteadOfLooping()
    {
        const string html = """<html><head><link rel="alternate" type="application/rss+xml" href="/feed"></head></html>""";

        var result = parser.Parse("f", FeedUrl, Encoding.UTF8.GetBytes(html), "text/html", TestContext.Current.CancellationToken);

        Assert.Null(result.DiscoveredFeedUrl);
        Assert.Contains("names itself", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_WhenBodyIsRawGzip_DecompressesItFirst()
    {
        var body = Gzip(FixtureFiles.Bytes("rss20-iso-8859-1.xml"));

        var result = parser.Parse("f", FeedUrl, body, "application/xml", TestContext.Current.CancellationToken);

        Assert.Equal("Übernahme: Café-Kette kauft Bäckerei", Assert.Single(result.Items).Title);
    }

    [Fact]
    public void Parse_SameFeedTwice_GivesTheSameIds()
    {
        var first = parser.Parse("f", FeedUrl, FixtureFiles.Bytes("atom10-xml-base.xml"), null, TestContext.Current.CancellationToken);
        var second = new FeedParser(new FakeTimeProvider(FirstSeen.AddDays(1))).Parse("f", FeedUrl, FixtureFiles.Bytes("atom10-xml-base.xml"), null, TestContext.Current.CancellationToken);

        Assert.Equal(first.Items.Select(i => i.Id), second.Items.Select(i => i.Id));
    }

    [Fact]
    public void Parse_ItemWithoutGuidOrLink_IsIdentifiedByTitleAndDateAndDatedWhenFirstSeen()
    {
        const string rss = "<rss version=\"2.0\"><channel><title>t</title><item><title>Only a title</title></item></channel></rss>";

        var item = Assert.Single(parser.Parse("f", FeedUrl, Encoding.UTF8.GetBytes(rss), null, TestContext.Current.CancellationToken).Items);

        Assert.Equal(StableId.Of("Only a title\n"), item.Id);
        Assert.Equal(FirstSeen, item.Published);
        Assert.Null(item.Link);
    }

    [Fact]
    public void Parse_TitlesAndSummaries_ComeOutAsPlainText()
    {
        const string rss = """
            <rss version="2.0"><channel><title>t</title><item>
              <title><![CDATA[ <b>OpenAI</b>   &amp;eacute;quipe ]]></title>
              <description>&lt;p&gt;Line one&lt;br/&gt;line&amp;nbsp;two&lt;script&gt;evil()&lt;/script&gt;&lt;/p&gt;</description>
            </item></channel></rss>
            """;

        var item = Assert.Single(parser.Parse("f", FeedUrl, Encoding.UTF8.GetBytes(rss), null, TestContext.Current.CancellationToken).Items);

        Assert.Equal("OpenAI équipe", item.Title);
        Assert.Equal("Line one line two", item.Summary);
    }

    [Fact]
    public void Parse_WhenCutOffMidItem_KeepsTheWholeItemsAndDropsTheEmptyRest()
    {
        const string rss = """
            <?xml version="1.0"?>
            <rss version="2.0"><channel><title>t</title>
            <item><title>Complete</title><link>https://example.org/1</link></item>
            <item><title><![CDATA[Cut off in the mid
            """;

        var result = parser.Parse("f", FeedUrl, Encoding.UTF8.GetBytes(rss), null, TestContext.Current.CancellationToken);

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal("Complete", Assert.Single(result.Items).Title);
    }

    [Fact]
    public void Parse_Atom03Base64Summary_IsDecoded()
    {
        const string atom = """<feed version="0.3" xmlns="http://purl.org/atom/ns#"><title>t</title><entry><title>e</title><summary mode="base64">RW50cnkgU3VtbWFyeQ==</summary></entry></feed>""";

        Assert.Equal("Entry Summary", Assert.Single(parser.Parse("f", FeedUrl, Encoding.UTF8.GetBytes(atom), null, TestContext.Current.CancellationToken).Items).Summary);
    }

    [Fact]
    public void Parse_JsonFeedItemsWithoutIdOrProperVersion_AreKeptAndIdentifiedByLink()
    {
        const string json = """{"version": "1.1", "title": "t", "items": [{"url": "https://example.org/a?utm_source=x", "title": "No id"}]}""";

        var item = Assert.Single(parser.Parse("f", FeedUrl, Encoding.UTF8.GetBytes(json), null, TestContext.Current.CancellationToken).Items);

        Assert.Equal("No id", item.Title);
        Assert.Equal(StableId.Of("https://example.org/a"), item.Id);
    }

    [Fact]
    public void Parse_WhenGzipInflatesPastTheBodyLimit_FailsWithoutInflatingItAll()
    {
        var limited = new FeedParser(new FakeTimeProvider(FirstSeen), Options.Create(new FeedOptions { MaxBodyBytes = 64 * 1024 }));
        var bomb = Gzip(new byte[1024 * 1024]);

        var result = limited.Parse("f", FeedUrl, bomb, null, TestContext.Current.CancellationToken);

        Assert.Contains("inflates to more than the 65536 byte limit", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_WhenADtdDeclaresEntities_TheTitleKeepsTheReferenceUnexpanded()
    {
        const string rss = """
            <?xml version="1.0"?>
            <!-- <!DOCTYPE decoy [] > -->
            <!DOCTYPE rss [ <!ENTITY a "aaaaaaaaaaaaaaaaaaaa"> <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"> ]>
            <rss version="2.0"><channel><title>t</title><item><title>Lab news &b;</title><link>https://news.example.org/1</link></item></channel></rss>
            """;

        var item = Assert.Single(parser.Parse("f", FeedUrl, Encoding.UTF8.GetBytes(rss), null, TestContext.Current.CancellationToken).Items);

        Assert.Equal("Lab news &b;", item.Title);
    }

    [Fact]
    public void Parse_WhenCutOffMidItem_YieldsTheWholeItemsBeforeTheCut()
    {
        const string rss = """<rss version="2.0"><channel><title>t</title><item><title>One</title><link>https://news.example.org/1</link></item><item><title>Two</title><link>https://news.example.org/2</link></item><item><title><![CDATA[Thr""";

        var result = parser.Parse("f", FeedUrl, Encoding.UTF8.GetBytes(rss), null, TestContext.Current.CancellationToken);

        Assert.Equal(["One", "Two"], result.Items.Select(i => i.Title));
    }

    [Theory]
    [InlineData("""<rss version="2.0"><channel><title>t</title><item><title><![CDATA[Cut""", "breaks off inside its first item")]
    [InlineData("""<feed xmlns="http://www.w3.org/2005/Atom"><entry><author></author></entry><entry/></feed>""", "holds 2 items, but none has a title, text or link")]
    [InlineData("""{"version": "https://jsonfeed.org/version/1.1", "title": "t", "items": [{"id": "1"}]}""", "holds 1 item, but none")]
    public void Parse_WhenItemsAreThereButNoneCanBeRead_SaysWhy(string body, string expected)
    {
        var result = parser.Parse("f", FeedUrl, Encoding.UTF8.GetBytes(body), null, TestContext.Current.CancellationToken);

        Assert.False(result.IsSuccess);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_WhenTheFeedHasNoItems_SucceedsEmpty()
    {
        const string rss = """<rss version="2.0"><channel><title>Quiet</title></channel></rss>""";

        var result = parser.Parse("f", FeedUrl, Encoding.UTF8.GetBytes(rss), null, TestContext.Current.CancellationToken);

        Assert.True(result.IsSuccess);
        Assert.Empty(result.Items);
    }

    [Fact]
    public void Parse_WhenAnEntryHasNoIdLinkOrDate_GetsAStableIdFromItsContent()
    {
        const string atom = """<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><entry><title>Safety lead leaves</title></entry><entry><title>Other news</title></entry></feed>""";
        var body = Encoding.UTF8.GetBytes(atom);

        var first = parser.Parse("f", FeedUrl, body, null, TestContext.Current.CancellationToken).Items;
        var again = new FeedParser(new FakeTimeProvider(FirstSeen.AddDays(1))).Parse("f", FeedUrl, body, null, TestContext.Current.CancellationToken).Items;

        Assert.Equal(2, first.Select(i => i.Id).Distinct().Count());
        Assert.Equal(first.Select(i => i.Id), again.Select(i => i.Id));
    }

    [Fact]
    public void Parse_WhenCancelled_ThrowsInsteadOfReportingABrokenFeed()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => parser.Parse("f", FeedUrl, FixtureFiles.Bytes("atom10-xml-base.xml"), null, cancelled.Token));
    }

    [Fact]
    public void Parse_WhenTheFeedCarriesTheArticle_KeepsItAsContentWithOneParagraphALine()
    {
        const string rss = """
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>t</title>
            <item><title>Lab news</title><link>https://news.example.org/1</link><description>The short teaser.</description>
            <content:encoded><![CDATA[<p>First paragraph.</p><p>Second <b>paragraph</b>,<br>with a break.</p><script>var x = "<p>hidden</p>";</script>]]></content:encoded></item>
            </channel></rss>
            """;

        var item = Assert.Single(parser.Parse("f", FeedUrl, Encoding.UTF8.GetBytes(rss), null, TestContext.Current.CancellationToken).Items);

        Assert.Equal("The short teaser.", item.Summary);
        Assert.Equal("First paragraph.\nSecond paragraph ,\nwith a break.", item.Content);
    }

    [Fact]
    public void Parse_WhenAnItemCreditsItsSource_KeepsTheOutletNameAndAddress()
    {
        const string rss = """
            <rss version="2.0"><channel><title>Aggregator</title>
            <item><title>Lab hires new safety lead - Harbour Times</title><link>https://aggregator.example/a/1</link>
            <source url="https://www.harbourtimes.example">Harbour &amp; Times</source></item>
            <item><title>No credit given</title><link>https://aggregator.example/a/2</link></item>
            </channel></rss>
            """;

        var items = parser.Parse("f", FeedUrl, Encoding.UTF8.GetBytes(rss), null, TestContext.Current.CancellationToken).Items;

        Assert.Equal(new OriginalSource("Harbour & Times", new Uri("https://www.harbourtimes.example")), items[0].OriginalSource);
        Assert.Null(items[1].OriginalSource);
    }

    [Fact]
    public void Parse_WhenBingCreditsTheOutletInItsOwnNamespace_KeepsTheOutletName()
    {
        const string rss = """
            <rss version="2.0" xmlns:News="https://www.bing.com:443/news/search?q=ai+safety&amp;format=rss"><channel><title>ai safety - BingNews</title>
            <item><title>Regulator opens AI office</title><link>http://www.bing.com/news/apiclick.aspx?url=https%3a%2f%2fnews.example.org%2f1</link>
            <News:Source>Northern Ledger</News:Source></item>
            </channel></rss>
            """;

        var item = Assert.Single(parser.Parse("f", FeedUrl, Encoding.UTF8.GetBytes(rss), null, TestContext.Current.CancellationToken).Items);

        Assert.Equal(new OriginalSource("Northern Ledger", null), item.OriginalSource);
        Assert.False(item.IsHeadlineOnly);
    }

    [Fact]
    public void Parse_WhenTheSourceUrlIsNotAWebAddress_KeepsOnlyTheName()
    {
        const string rss = """
            <rss version="2.0"><channel><title>t</title>
            <item><title>x</title><link>https://news.example.org/1</link><source url="javascript:alert(1)">Outlet</source></item>
            </channel></rss>
            """;

        var item = Assert.Single(parser.Parse("f", FeedUrl, Encoding.UTF8.GetBytes(rss), null, TestContext.Current.CancellationToken).Items);

        Assert.Equal(new OriginalSource("Outlet", null), item.OriginalSource);
    }

    private static byte[] Gzip(byte[] data)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest))
            gzip.Write(data);
        return output.ToArray();
    }
}
