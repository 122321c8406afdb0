using System.Xml.Linq;
using CodeHollow.FeedReader;

namespace NewsWatch.Core.Feeds;

/// <summary>
/// The one adapter over CodeHollow.FeedReader: bytes in, our <see cref="NewsItem"/>s out.
/// Decoding, repair and autodiscovery happen first, so the library only ever sees a
/// well-formed string; its exceptions become a failed <see cref="ParseResult"/>.
/// </summary>
public sealed class FeedParser(TimeProvider time)
{
    private const int UntitledLength = 100;
    private static readonly XNamespace DublinCore = "http://purl.org/dc/elements/1.1/";
    private static readonly string[] DateElements = ["pubDate", "published", "issued", "date", "updated", "modified", "created"];

    public ParseResult Parse(string feedId, Uri feedUrl, byte[] body, string? contentType = null)
    {
        ArgumentNullException.ThrowIfNull(feedUrl);
        ArgumentNullException.ThrowIfNull(body);
        try
        {
            return ParseBody(feedId, feedUrl, body, contentType);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A bug in repair or mapping must cost one feed one poll, not the whole pipeline run.
            return ParseResult.Failure($"Could not read the feed ({ex.GetType().Name}): {ex.Message.Split('\n')[0].Trim()}");
        }
    }

    private ParseResult ParseBody(string feedId, Uri feedUrl, byte[] body, string? contentType)
    {
        var text = FeedDecoder.Decode(GzipBody.Unwrap(body), contentType);
        if (string.IsNullOrWhiteSpace(text))
            return ParseResult.Failure("The feed is empty: there is no content to read.");
        if (JsonFeedText.LooksLikeJson(text))
            return ParseJson(feedId, feedUrl, text);
        if (FeedDiscovery.IsHtml(text))
            return Discover(text, feedUrl);
        return ParseXml(feedId, feedUrl, text);
    }

    private ParseResult ParseJson(string feedId, Uri feedUrl, string text)
    {
        var (json, error) = JsonFeedText.Normalise(text);
        return json is null ? ParseResult.Failure(error!) : Read(feedId, feedUrl, json);
    }

    private ParseResult ParseXml(string feedId, Uri feedUrl, string text)
    {
        var (document, wellFormed, error) = XmlRepair.MakeWellFormed(text);
        if (document?.Root is not { } root)
            return ParseResult.Failure($"Not well-formed XML, even after repair: {error}");
        return root.Name.LocalName.ToLowerInvariant() switch
        {
            "rss" when root.Elements().Any(e => e.Name.LocalName == "channel") => Read(feedId, feedUrl, XmlNamespaces.Normalised(document) ?? wellFormed),
            "rss" => ParseResult.Failure("An RSS document without a <channel>: there is nothing to read."),
            "rdf" or "feed" => Read(feedId, feedUrl, XmlNamespaces.Normalised(document) ?? wellFormed),
            "html" => Discover(text, feedUrl),
            _ => ParseResult.Failure($"Well-formed XML, but not a feed: the root element is <{root.Name.LocalName}>."),
        };
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

    private ParseResult Read(string feedId, Uri feedUrl, string text)
    {
        Feed feed;
        try
        {
            feed = FeedReader.ReadFromString(text);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return ParseResult.Failure($"Not a readable RSS, Atom or JSON feed ({ex.GetType().Name}): {ex.Message.Split('\n')[0].Trim()}");
        }

        var source = string.IsNullOrWhiteSpace(feed.Title) ? feedUrl.Host : PlainText.FromHtml(feed.Title);
        var language = LanguageCode.Normalise(feed.Language) ?? DeclaredLanguage(feed.SpecificFeed?.Element);
        var firstSeen = time.GetUtcNow();
        var items = feed.Items
            .Select(item => ToNewsItem(new ItemContext(feedId, feedUrl, source, language, firstSeen), item))
            .Where(HasContent)
            .ToList();
        return new ParseResult { Title = source, Language = language, Items = items };
    }

    private static NewsItem ToNewsItem(ItemContext context, FeedItem item)
    {
        var element = item.SpecificItem?.Element;
        var summary = PlainText.FromHtml(Base64Content.Decode(element) ?? (string.IsNullOrWhiteSpace(item.Description) ? item.Content : item.Description));
        var link = AbsoluteLink(BaseUrl(element, context.FeedUrl), item.Link);
        var title = Title(PlainText.FromHtml(item.Title), summary, link);
        var canonical = link is null ? null : CanonicalLink.From(link);
        var published = FeedDate.Parse(item.PublishingDateString) ?? LibraryDate(item.PublishingDate)
            ?? FeedDate.Parse(DateText(element)) ?? context.FirstSeen;
        var identity = !string.IsNullOrWhiteSpace(item.Id) && !JsonFeedText.IsInventedId(item.Id) ? item.Id.Trim()
            : canonical ?? $"{title}\n{item.PublishingDateString}";
        var language = DeclaredLanguage(element) ?? context.Language;
        return new NewsItem(context.FeedId, StableId.Of(identity), title, summary, link, canonical, published, language, context.Source);
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

    private static string? DeclaredLanguage(XElement? element) =>
        element?.AncestorsAndSelf()
            .Select(e => LanguageCode.Normalise((string?)e.Attribute(XNamespace.Xml + "lang") ?? (string?)e.Element(DublinCore + "language")))
            .FirstOrDefault(code => code is not null);

    private static Uri? AbsoluteLink(Uri baseUrl, string? link) =>
        !string.IsNullOrWhiteSpace(link) && Uri.TryCreate(baseUrl, link.Trim(), out var absolute)
            && (absolute.Scheme == Uri.UriSchemeHttp || absolute.Scheme == Uri.UriSchemeHttps)
            ? absolute
            : null;

    private sealed record ItemContext(string FeedId, Uri FeedUrl, string Source, string? Language, DateTimeOffset FirstSeen);
}
