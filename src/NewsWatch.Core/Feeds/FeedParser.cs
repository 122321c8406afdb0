using System.Xml.Linq;
using CodeHollow.FeedReader;
using Microsoft.Extensions.Options;

namespace NewsWatch.Core.Feeds;

/// <summary>
/// The one adapter over CodeHollow.FeedReader: bytes in, our <see cref="NewsItem"/>s out.
/// Decoding, repair and autodiscovery happen first, so the library only ever sees a
/// well-formed string with no DTD; its exceptions become a failed <see cref="ParseResult"/>.
/// </summary>
public sealed class FeedParser(TimeProvider time, IOptions<FeedOptions> options)
{
    private const int UntitledLength = 100;
    private static readonly XNamespace DublinCore = "http://purl.org/dc/elements/1.1/";
    private static readonly string[] DateElements = ["pubDate", "published", "issued", "date", "updated", "modified", "created"];

    public FeedParser(TimeProvider time)
        : this(time, Options.Create(new FeedOptions()))
    {
    }

    /// <summary>
    /// Reads a feed body. Never throws for anything the body holds; throws
    /// <see cref="OperationCanceledException"/> when <paramref name="cancellationToken"/> fires first.
    /// </summary>
    public ParseResult Parse(string feedId, Uri feedUrl, byte[] body, string? contentType = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(feedUrl);
        ArgumentNullException.ThrowIfNull(body);
        try
        {
            return ParseBody(new ParseContext(feedId, feedUrl, cancellationToken), body, contentType);
        }
        catch (Exception ex) when (ex is not (OutOfMemoryException or OperationCanceledException))
        {
            // A bug in repair or mapping must cost one feed one poll, not the whole pipeline run.
            return ParseResult.Failure($"Could not read the feed ({ex.GetType().Name}): {ex.Message.Split('\n')[0].Trim()}");
        }
    }

    private ParseResult ParseBody(ParseContext context, byte[] body, string? contentType)
    {
        var limit = options.Value.MaxBodyBytes;
        if (GzipBody.Unwrap(body, limit) is not { } unwrapped)
            return ParseResult.Failure($"The feed is gzip data that inflates to more than the {BodyLimit.Describe(limit)} limit.");
        var text = FeedDecoder.Decode(unwrapped, contentType);
        context.CancellationToken.ThrowIfCancellationRequested();
        if (string.IsNullOrWhiteSpace(text))
            return ParseResult.Failure("The feed is empty: there is no content to read.");
        if (JsonFeedText.LooksLikeJson(text))
            return ParseJson(context, text);
        if (FeedDiscovery.IsHtml(text))
            return Discover(text, context.FeedUrl);
        return ParseXml(context, text);
    }

    private ParseResult ParseJson(ParseContext context, string text)
    {
        var (feed, error, items, hubs) = JsonFeedText.Read(text);
        return feed is null ? ParseResult.Failure(error!) : Read(context, feed, new FeedShape(items)) with { Hubs = hubs };
    }

    private ParseResult ParseXml(ParseContext context, string text)
    {
        var repaired = XmlRepair.MakeWellFormed(text, context.CancellationToken);
        if (repaired.Document is not { Root: { } root } document)
            return ParseResult.Failure($"Not well-formed XML, even after repair: {repaired.Error}");
        return root.Name.LocalName.ToLowerInvariant() switch
        {
            "rss" when root.Elements().Any(e => e.Name.LocalName == "channel") => ReadXml(context, repaired),
            "rss" => ParseResult.Failure("An RSS document without a <channel>: there is nothing to read."),
            "rdf" or "feed" => ReadXml(context, repaired),
            "html" => Discover(text, context.FeedUrl),
            _ => ParseResult.Failure($"Well-formed XML, but not a feed: the root element is <{root.Name.LocalName}>."),
        };
    }

    /// <summary>
    /// The library is handed the document as we read it, written out again: its own parser
    /// would otherwise see (and expand) any DTD the original text carried.
    /// </summary>
    private ParseResult ReadXml(ParseContext context, RepairedXml repaired)
    {
        var document = repaired.Document!;
        XmlNamespaces.Normalise(document);
        var shape = new FeedShape(FeedItems.Count(document), repaired);
        Feed feed;
        try
        {
            feed = FeedReader.ReadFromString(document.ToString(SaveOptions.DisableFormatting));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return ParseResult.Failure($"Not a readable RSS or Atom feed ({ex.GetType().Name}): {ex.Message.Split('\n')[0].Trim()}");
        }

        return Read(context, feed, shape) with { IntervalHint = UpdateHint.From(document.Root!), Hubs = WebSub.HubLinks.FromFeed(document.Root!) };
    }

    private static ParseResult Discover(string html, Uri pageUrl)
    {
        if (FeedDiscovery.FindFeed(html, pageUrl) is { } feedUrl)
        {
            // Polling a page that names itself as its feed would only find the page again.
            return feedUrl == pageUrl
                ? ParseResult.Failure("An HTML page that names itself as its feed: there is no feed to poll.")
                : new ParseResult { DiscoveredFeedUrl = feedUrl };
        }

        var title = FeedDiscovery.Title(html);
        return ParseResult.Failure(string.IsNullOrEmpty(title)
            ? "An HTML page, not a feed, and it links to no feed."
            : $"An HTML page (\"{title}\"), not a feed, and it links to no feed.");
    }

    private ParseResult Read(ParseContext context, Feed feed, FeedShape shape)
    {
        context.CancellationToken.ThrowIfCancellationRequested();
        var source = string.IsNullOrWhiteSpace(feed.Title) ? context.FeedUrl.Host : PlainText.FromHtml(feed.Title);
        var language = LanguageCode.Normalise(feed.Language) ?? DeclaredLanguage(feed.SpecificFeed?.Element);
        var itemContext = new ItemContext(context.FeedId, context.FeedUrl, source, language, time.GetUtcNow());
        var items = new List<NewsItem>(feed.Items.Count);
        foreach (var item in feed.Items)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var newsItem = ToNewsItem(itemContext, item);
            if (HasContent(newsItem))
                items.Add(newsItem);
        }

        return items.Count == 0 && shape.ItemElements > 0
            ? ParseResult.Failure(shape.WhyNoItems())
            : new ParseResult { Title = source, Language = language, Items = items };
    }

    private static NewsItem ToNewsItem(ItemContext context, FeedItem item)
    {
        var element = item.SpecificItem?.Element;
        var summary = Shortened(PlainText.FromHtml(Base64Content.Decode(element) ?? (string.IsNullOrWhiteSpace(item.Description) ? item.Content : item.Description)), NewsItem.MaxSummaryLength);
        var link = AbsoluteLink(BaseUrl(element, context.FeedUrl), item.Link);
        var title = Shortened(Title(PlainText.FromHtml(item.Title), summary, link), NewsItem.MaxTitleLength);
        var canonical = link is null ? null : CanonicalLink.From(link);
        var published = FeedDate.Parse(item.PublishingDateString) ?? LibraryDate(item.PublishingDate)
            ?? FeedDate.Parse(DateText(element)) ?? context.FirstSeen;
        var identity = !string.IsNullOrWhiteSpace(item.Id) && !JsonFeedText.IsInventedId(item.Id) ? item.Id.Trim()
            : canonical ?? $"{title}\n{item.PublishingDateString}";
        var language = OwnLanguage(element) ?? context.Language;
        return new NewsItem(context.FeedId, StableId.Of(identity), title, summary, link, canonical, published, language, context.Source)
        {
            Content = Shortened(PlainText.ParagraphsFromHtml(item.Content), NewsItem.MaxContentLength),
            OriginalSource = CreditedSource(element),
        };
    }

    private static string Shortened(string text, int maxLength)
    {
        if (text.Length <= maxLength)
            return text;
        // Never keep half of a surrogate pair.
        return text[..(char.IsHighSurrogate(text[maxLength - 1]) ? maxLength - 1 : maxLength)];
    }

    /// <summary>An item with no title, text or link (what is left of one cut off mid-transfer) says nothing.</summary>
    private static bool HasContent(NewsItem item) => item.Title.Length > 0;

    /// <summary>Untitled items (common in microblogs) are named by the start of their text, as Miniflux does.</summary>
    private static string Title(string title, string summary, Uri? link) =>
        title.Length > 0 ? title
            : summary.Length > 0 ? (summary.Length <= UntitledLength ? summary : summary[..UntitledLength].TrimEnd() + "…")
            : link?.AbsoluteUri ?? string.Empty;

    /// <summary>
    /// The library only reads the main date element of each format; Atom entries with only
    /// &lt;updated&gt; and RSS items with only &lt;dc:date&gt; are common.
    /// </summary>
    private static string? DateText(XElement? element) => element?.Elements()
        .Where(e => DateElements.Contains(e.Name.LocalName))
        .OrderBy(e => Array.IndexOf(DateElements, e.Name.LocalName))
        .Select(e => e.Value)
        .FirstOrDefault(value => !string.IsNullOrWhiteSpace(value));

    private static DateTimeOffset? LibraryDate(DateTime? date) => date is { } value
        ? new DateTimeOffset(DateTime.SpecifyKind(value, value.Kind == DateTimeKind.Unspecified ? DateTimeKind.Utc : value.Kind)).ToUniversalTime()
        : null;

    /// <summary>xml:base applies from the outermost element inwards, each one relative to the one around it.</summary>
    private static Uri BaseUrl(XElement? element, Uri feedUrl)
    {
        var bases = element?.AncestorsAndSelf().Select(e => (string?)e.Attribute(XNamespace.Xml + "base")).Reverse() ?? [];
        var result = feedUrl;
        foreach (var declared in bases)
        {
            if (!string.IsNullOrWhiteSpace(declared) && Uri.TryCreate(result, declared.Trim(), out var next))
                result = next;
        }

        return result;
    }

    /// <summary>
    /// The language an item declares itself. Its ancestors' declarations are the feed's, read
    /// once per feed: looking them up per item would scan the channel's children (every item)
    /// again for each item.
    /// </summary>
    private static string? OwnLanguage(XElement? element) => element is null
        ? null
        : LanguageCode.Normalise((string?)element.Attribute(XNamespace.Xml + "lang") ?? (string?)element.Element(DublinCore + "language"));

    /// <summary>The language the feed element or one around it declares.</summary>
    private static string? DeclaredLanguage(XElement? element) =>
        element?.AncestorsAndSelf().Select(OwnLanguage).FirstOrDefault(code => code is not null);

    /// <summary>
    /// RSS 2.0's &lt;source url&gt; and Bing News's &lt;News:Source&gt; (in a namespace named after
    /// each search's own URL, so matched by local name) credit the outlet an aggregator took
    /// the item from.
    /// </summary>
    private static OriginalSource? CreditedSource(XElement? element)
    {
        var source = element?.Elements().FirstOrDefault(e => e.Name.LocalName.Equals("source", StringComparison.OrdinalIgnoreCase));
        if (source is null)
            return null;
        var name = Shortened(PlainText.FromHtml(source.Value), NewsItem.MaxTitleLength);
        var url = Uri.TryCreate(((string?)source.Attribute("url"))?.Trim(), UriKind.Absolute, out var absolute)
            && (absolute.Scheme == Uri.UriSchemeHttp || absolute.Scheme == Uri.UriSchemeHttps) ? absolute : null;
        return name.Length == 0 && url is null ? null : new OriginalSource(name.Length > 0 ? name : url!.Host, url);
    }

    private static Uri? AbsoluteLink(Uri baseUrl, string? link) =>
        !string.IsNullOrWhiteSpace(link) && Uri.TryCreate(baseUrl, link.Trim(), out var absolute)
            && (absolute.Scheme == Uri.UriSchemeHttp || absolute.Scheme == Uri.UriSchemeHttps)
            ? absolute
            : null;

    private sealed record ParseContext(string FeedId, Uri FeedUrl, CancellationToken CancellationToken);

    private sealed record ItemContext(string FeedId, Uri FeedUrl, string Source, string? Language, DateTimeOffset FirstSeen);
}
