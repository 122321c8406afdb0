using System.Xml;
using System.Xml.Linq;

namespace NewsWatch.Core.Feeds;

/// <summary>Reads and writes OPML subscription lists, the format every feed reader imports and exports.</summary>
public static class Opml
{
    /// <summary>
    /// Every outline with an xmlUrl, wherever it sits: readers nest feeds in category outlines,
    /// which themselves carry no URL. Outlines without a usable absolute http(s) URL are skipped.
    /// </summary>
    public static IReadOnlyList<OpmlFeed> Read(Stream opml)
    {
        ArgumentNullException.ThrowIfNull(opml);
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        using var reader = XmlReader.Create(opml, settings);
        var document = XDocument.Load(reader);
        return document.Descendants()
            .Where(e => e.Name.LocalName.Equals("outline", StringComparison.OrdinalIgnoreCase))
            .Select(ToFeed)
            .OfType<OpmlFeed>()
            .ToList();
    }

    public static string Write(IEnumerable<OpmlFeed> feeds, string title = "NewsWatch feeds")
    {
        ArgumentNullException.ThrowIfNull(feeds);
        var body = new XElement("body", feeds.Select(feed => new XElement(
            "outline",
            new XAttribute("type", "rss"),
            new XAttribute("text", feed.Title),
            new XAttribute("title", feed.Title),
            new XAttribute("xmlUrl", feed.XmlUrl.AbsoluteUri),
            feed.Language is null ? null : new XAttribute("language", feed.Language))));
        var document = new XDocument(
            new XDeclaration("1.0", "utf-8", null),
            new XElement("opml", new XAttribute("version", "2.0"), new XElement("head", new XElement("title", title)), body));
        return document.Declaration + "\n" + document.Root;
    }

    private static OpmlFeed? ToFeed(XElement outline)
    {
        var url = Attribute(outline, "xmlUrl");
        if (url is null || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var xmlUrl)
            || (xmlUrl.Scheme != Uri.UriSchemeHttp && xmlUrl.Scheme != Uri.UriSchemeHttps))
            return null;
        var title = Attribute(outline, "title") ?? Attribute(outline, "text") ?? xmlUrl.AbsoluteUri;
        return new OpmlFeed(title.Trim(), xmlUrl, LanguageCode.Normalise(Attribute(outline, "language")));
    }

    // Exporters disagree on case ("xmlUrl", "xmlurl"); the meaning does not.
    private static string? Attribute(XElement element, string name) =>
        element.Attributes().FirstOrDefault(a => a.Name.LocalName.Equals(name, StringComparison.OrdinalIgnoreCase)) is { } attribute
            && !string.IsNullOrWhiteSpace(attribute.Value)
            ? attribute.Value
            : null;
}
