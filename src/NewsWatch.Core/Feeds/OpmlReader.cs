using System.Xml;
using System.Xml.Linq;

namespace NewsWatch.Core.Feeds;

/// <summary>Reads the feeds (outlines with an <c>xmlUrl</c>) of an OPML subscription list, at any depth.</summary>
public static class OpmlReader
{
    public static IReadOnlyList<OpmlOutline> Read(Stream opml)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        using var reader = XmlReader.Create(opml, settings);
        return XDocument.Load(reader)
            .Descendants("outline")
            .Select(ToOutline)
            .OfType<OpmlOutline>()
            .DistinctBy(outline => outline.Url)
            .ToList();
    }

    private static OpmlOutline? ToOutline(XElement outline)
    {
        var url = (string?)outline.Attribute("xmlUrl");
        if (!Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var feedUrl))
            return null;
        var title = (string?)outline.Attribute("title") ?? (string?)outline.Attribute("text");
        return new OpmlOutline(feedUrl, title, LanguageCode.Normalise((string?)outline.Attribute("language")));
    }
}
