using NewsWatch.Core.Feeds;

namespace NewsWatch.IntegrationTests.Feeds;

/// <summary>Every corpus file, fetched over loopback HTTP and parsed as the polling pipeline would.</summary>
public sealed partial class CorpusTests(Corpus corpus) : IClassFixture<Corpus>
{
    /// <summary>
    /// Files that cannot honestly yield items, each with the reason it gives. Anything else
    /// failing is a regression; anything here starting to parse should be moved out.
    /// </summary>
    private static readonly Dictionary<string, string> ExpectedFailures = new(StringComparer.Ordinal)
    {
        ["feedparser-rss20-bogus-encoding-label.xml"] = "without a <channel>",
        ["feedparser-rss20-unclosed-root.xml"] = "without a <channel>",
        ["feedparser-rss20-utf16be-bom.xml"] = "without a <channel>",
        ["feedparser-rss20-utf16le-bom.xml"] = "without a <channel>",
        ["feedparser-rss20-utf32le-bom.xml"] = "without a <channel>",
        ["gofeed-empty-file.xml"] = "empty",
        ["gofeed-json-invalid-unclosed.json"] = "Invalid JSON",
        ["gofeed-not-a-feed-xml-note.xml"] = "root element is <note>",
        ["rsparser-json10-allthis-truncated.json"] = "Invalid JSON",
        ["rsparser-rss-in-json-scriptingnews.json"] = "not a JSON Feed",
        ["rssparser-html-document-moved.rss"] = "HTML page (\"Document Moved\")",
        ["rssparser-atom10-entry-missing-id-link-dates.xml"] = "holds 1 item, but none has a title, text or link",
        ["feedparser-rss20-incomplete-cdata.xml"] = "breaks off inside its first item",
    };

    public static TheoryData<string> Files => new(Corpus.FileNames.DefaultIfEmpty("(corpus absent)"));

    [Theory]
    [MemberData(nameof(Files))]
    public async Task FetchAndParse_CorpusFile_EndsParsedOrWithAClearError(string file)
    {
        Corpus.SkipIfAbsent();

        var result = await FetchAndParseAsync(file);

        if (ExpectedFailures.TryGetValue(file, out var reason))
        {
            Assert.False(result.IsSuccess);
            Assert.Contains(reason, result.Error, StringComparison.Ordinal);
        }
        else if (result.DiscoveredFeedUrl is null)
        {
            Assert.True(result.IsSuccess, $"{file}: {result.Error}");
        }

        Assert.True(result.Error is null || IsOneClearLine(result.Error), result.Error);
        Assert.All(result.Items, item => Assert.False(string.IsNullOrWhiteSpace(item.Id)));
    }

    public static TheoryData<string> FilesCarryingItems => new(Corpus.FileNames
        .Where(name => CarriesItems(File.ReadAllBytes(Path.Combine(Corpus.Folder!, name))))
        .DefaultIfEmpty("(corpus absent)"));

    [Theory]
    [MemberData(nameof(FilesCarryingItems))]
    public async Task FetchAndParse_CorpusFileThatCarriesItems_YieldsThemOrSaysWhyNot(string file)
    {
        Corpus.SkipIfAbsent();

        var result = await FetchAndParseAsync(file);

        Assert.True(result.Items.Count > 0 || result.Error is not null, $"{file} holds items but yielded none, silently");
    }

    [Theory]
    [InlineData("miniflux-rss20-golem-iso88591.xml", "Machine Learning: Von KI erstelltes Porträt für 432.500 US.Dollar versteigert")]
    [InlineData("miniflux-rss20-ibash-windows1251.xml", "Цитата #17703")]
    [InlineData("feedreader-rss20-intranet30-iso88591.xml", "SVART MÅNAD - DÖDSOLYCKA i Vetlanda")]
    [InlineData("rssparser-rss20-jornal-noticias-iso88591.xml", "Mãe de utente é a nova presidente da Raríssimas")]
    [InlineData("rssparser-rss20-uol-undeclared-latin1-pt-dates.xml", "Ibope: Bolsonaro perde de Haddad, Ciro e Alckmin em simulações de 2º turno")]
    [InlineData("miniflux-rss20-cerclepsy-undeclared-iso88591.xml", "La criminalité liée surtout à... l'ennui ?")]
    [InlineData("feedreader-rss10-orf-at-bom.xml", "US-Band New Edition mit Stern auf „Walk of Fame“ geehrt")]
    [InlineData("feedreader-rss20-citydog-cyrillic-bom.xml", "Группа «Серебряная свадьба» ушла в бессрочный отпуск")]
    [InlineData("nodefeedparser-rss20-gzip-body-windows1251.xml", "В Бузулуке главные стройплощадки – детсад и Ледовый дворец")]
    [InlineData("nodefeedparser-rss20-orenburg-windows1251.xml", "В Бузулуке главные стройплощадки – детсад и Ледовый дворец")]
    [InlineData("rsparser-rss20-kc0011-gb2312.xml", "建国35周年纪念，华表，和平鸽")]
    [InlineData("miniflux-rss20-bbc-urdu-rtl.xml", "امریکہ کے ساتھ خفیہ معلومات کا تبادلہ اور فوجی تعاون معطل کر دیا: وزیر دفاع")]
    [InlineData("rsparser-json11-fboes-blog-german.json", "„Sabine“ am Flughafen Amsterdam")]
    [InlineData("miniflux-rss090-heise-news-utf8.xml", "Mega-Deal: IBM übernimmt Red Hat")]
    [InlineData("feedreader-rss091-stadtfeuerwehr-iso88591.xml", "[10.08.2018 - 10:44 Uhr] Ölbindearbeiten")]
    [InlineData("feedparser-rss20-c1-control-smart-quote.xml", "don’t")]
    [InlineData("feedparser-rss20-koi8r-undeclared.xml", "Как пережить новогоднюю ночь")]
    [InlineData("feedrs-json11-influxdata-blog.json", "InfluxDB vs. Graphite for Time Series Data & Metrics Benchmark")]
    public async Task FetchAndParse_NonAsciiTitle_ComesOutAsWritten(string file, string title)
    {
        Corpus.SkipIfAbsent();

        var result = await FetchAndParseAsync(file);

        Assert.Contains(title, result.Items.Select(item => item.Title));
    }

    [Theory]
    [InlineData("miniflux-rss20-windows1252-euro.xml", "Euro €")]
    [InlineData("miniflux-rss20-declared-cp1252-actually-utf8.xml", "Euro €")]
    [InlineData("miniflux-atom10-invalid-encoding-label.xml", "테스트 피드")]
    [InlineData("feedparser-rss20-euckr-declared.xml", "년")]
    [InlineData("feedreader-rss20-finanzen-declared-latin1-actually-utf8.xml", "Analysen Ticker - www.finanzen.net")]
    public async Task FetchAndParse_FeedTitleInAMislabelledOrRareEncoding_ComesOutAsWritten(string file, string title)
    {
        Corpus.SkipIfAbsent();

        Assert.Equal(title, (await FetchAndParseAsync(file)).Title);
    }

    [Theory]
    [InlineData("rssparser-rss20-uol-undeclared-latin1-pt-dates.xml", "2018-09-24T22:42:40Z")]
    [InlineData("nodefeedparser-rss20-relative-urls-2digit-year.xml", "2017-12-07T18:00:29Z")]
    [InlineData("nodefeedparser-rss20-wapo-wellness-est-dates.xml", "2012-08-21T15:33:00Z")]
    [InlineData("rssparser-rss20-giantbomb-podcast-large.xml", "2019-10-01T22:30:00Z")]
    [InlineData("rsparser-rss20-livemint-cdata-pubdate.xml", "2019-05-29T10:16:00Z")]
    [InlineData("rsparser-rss10-biorxiv.rdf", "2019-08-27T00:00:00Z")]
    [InlineData("feedrs-rss20-dbengines-undefined-nbsp.xml", "2023-01-03T15:00:00Z")]
    [InlineData("miniflux-atom10-github-commits.xml", "2024-03-12T05:30:27Z")]
    [InlineData("rsparser-rss20-kc0011-gb2312.xml", "2020-01-10T14:33:00Z")]
    public async Task FetchAndParse_FirstItemDate_IsReadFromTheFeed(string file, string expected)
    {
        Corpus.SkipIfAbsent();

        var first = (await FetchAndParseAsync(file)).Items[0];

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), first.Published);
    }

    [Fact]
    public async Task FetchAndParse_HtmlHomepage_DiscoversItsFeed()
    {
        Corpus.SkipIfAbsent();

        var result = await FetchAndParseAsync("feedreader-html-theverge-homepage.html");

        Assert.Equal(corpus.Server!.Url("/rss/index.xml"), result.DiscoveredFeedUrl);
    }

    private async Task<ParseResult> FetchAndParseAsync(string file)
    {
        using var feeds = new FeedServices();
        var fetched = await feeds.FetchAsync(corpus.Server!.Url("/" + Uri.EscapeDataString(file)));
        Assert.Equal(FetchOutcome.Fetched, fetched.Outcome);
        return feeds.Parser.Parse(file, fetched.FinalUrl!, fetched.Body, fetched.ContentType);
    }

    /// <summary>Whether a body holds an item element or a JSON item, judged by its bytes (gzip inflated) rather than by the parser under test.</summary>
    private static bool CarriesItems(byte[] body)
    {
        if (body is [0x1F, 0x8B, ..])
        {
            using var gzip = new System.IO.Compression.GZipStream(new MemoryStream(body), System.IO.Compression.CompressionMode.Decompress);
            using var inflated = new MemoryStream();
            gzip.CopyTo(inflated);
            body = inflated.ToArray();
        }

        var text = System.Text.Encoding.Latin1.GetString(body).Replace("\0", string.Empty, StringComparison.Ordinal);
        return text.Contains("<item", StringComparison.OrdinalIgnoreCase) || text.Contains("<entry", StringComparison.OrdinalIgnoreCase)
            || ItemsArray().IsMatch(text);
    }

    private static bool IsOneClearLine(string error) =>
        error.Length is > 10 and < 400 && !error.Contains('\n', StringComparison.Ordinal) && !StackFrame().IsMatch(error);

    [System.Text.RegularExpressions.GeneratedRegex(@"""items""\s*:\s*\[\s*\{")]
    private static partial System.Text.RegularExpressions.Regex ItemsArray();

    [System.Text.RegularExpressions.GeneratedRegex(@"\bat [\w.`<>]+\(")]
    private static partial System.Text.RegularExpressions.Regex StackFrame();
}
