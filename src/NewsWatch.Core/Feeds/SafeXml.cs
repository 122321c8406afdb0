using System.Xml;
using System.Xml.Linq;

namespace NewsWatch.Core.Feeds;

/// <summary>
/// The only way feed XML is read: any DTD is skipped by the reader itself, so no entity it
/// declares is ever expanded and nothing external is resolved, whatever decoys or comments
/// surround it. Stripping DOCTYPEs by pattern was both slow and bypassable.
/// </summary>
internal static class SafeXml
{
    /// <summary>
    /// Far deeper than any feed nests (rss, channel, item, and some XHTML inside). Building a
    /// document of tens of thousands of nested elements costs time quadratic in the depth, so
    /// deeper text is refused after a quick streaming pass that builds nothing.
    /// </summary>
    public const int MaxDepth = 100;

    public static XmlReaderSettings Settings(bool checkCharacters = true) => new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        // Belt and braces: with the DTD ignored no entity is declared, so none may expand at all.
        MaxCharactersFromEntities = 1024,
        IgnoreWhitespace = true,
        CheckCharacters = checkCharacters,
    };

    /// <summary>Parses <paramref name="text"/>; throws <see cref="XmlException"/> when it is not well-formed.</summary>
    public static XDocument Parse(string text, CancellationToken cancellationToken)
    {
        EnsureShallow(text, cancellationToken);
        using var reader = XmlReader.Create(new CancellableStringReader(text, cancellationToken), Settings());
        return XDocument.Load(reader);
    }

    private static void EnsureShallow(string text, CancellationToken cancellationToken)
    {
        using var reader = XmlReader.Create(new CancellableStringReader(text, cancellationToken), Settings());
        while (reader.Read())
        {
            if (reader.Depth > MaxDepth)
                throw new XmlException($"Elements are nested more than {MaxDepth} deep, which no feed does.", null, (reader as IXmlLineInfo)?.LineNumber ?? 0, (reader as IXmlLineInfo)?.LinePosition ?? 0);
        }
    }
}
