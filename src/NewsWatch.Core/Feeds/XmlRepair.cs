using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace NewsWatch.Core.Feeds;

/// <summary>
/// Makes real-world "XML" well-formed the way forgiving readers do: each step runs only if the
/// previous text still fails to parse, so valid feeds pass through untouched. Every step is a
/// single pass over the text, and every parse goes through <see cref="SafeXml"/>.
/// </summary>
internal static partial class XmlRepair
{
    private static readonly Func<string, string>[] Steps = [WithoutLeadingJunk, WithEscapesAndCharactersFixed];

    /// <summary>The first well-formed version of <paramref name="text"/>, or the parser's complaint about the first try.</summary>
    public static RepairedXml MakeWellFormed(string text, CancellationToken cancellationToken = default)
    {
        if (TryParse(text, cancellationToken, out var document, out var error))
            return new RepairedXml(document, null);
        foreach (var step in Steps)
        {
            text = step(text);
            if (TryParse(text, cancellationToken, out document, out _))
                return new RepairedXml(document, null);
        }

        return Salvaged(text, error, cancellationToken);
    }

    /// <summary>Whitespace, a stray newline or a comment before the XML declaration (the declaration must come first).</summary>
    internal static string WithoutLeadingJunk(string text)
    {
        var declaration = text.IndexOf("<?xml", StringComparison.OrdinalIgnoreCase);
        if (declaration > 0 && declaration < 4096)
            return text[declaration..];
        var firstTag = text.IndexOf('<', StringComparison.Ordinal);
        return firstTag > 0 ? text[firstTag..] : text;
    }

    /// <summary>HTML entities become numeric references, bare ampersands are escaped, and characters XML forbids are dropped.</summary>
    internal static string WithEscapesAndCharactersFixed(string text)
    {
        var escaped = Ampersand().Replace(text, match => match.Groups["name"].Success ? NamedEntity(match) : match.Groups["reference"].Success ? match.Value : "&amp;");
        return WithoutIllegalCharacters(escaped);
    }

    private static bool TryParse(string text, CancellationToken cancellationToken, out XDocument? document, out string? error)
    {
        try
        {
            document = SafeXml.Parse(text, cancellationToken);
            error = null;
            return true;
        }
        catch (XmlException ex)
        {
            document = null;
            error = ex.Message;
            return false;
        }
    }

    private static string NamedEntity(Match match)
    {
        var name = match.Groups["name"].Value;
        if (name is "amp" or "lt" or "gt" or "quot" or "apos")
            return match.Value;
        var decoded = WebUtility.HtmlDecode(match.Value);
        return decoded == match.Value
            ? "&amp;" + match.Value[1..]
            : string.Concat(decoded.EnumerateRunes().Select(rune => $"&#{rune.Value};"));
    }

    private static string WithoutIllegalCharacters(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                builder.Append(c).Append(text[++i]);
            else if (XmlConvert.IsXmlChar(c))
                builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>
    /// Keeps everything up to the first fatal error and closes the elements still open, so a feed
    /// cut off mid-transfer still yields the items that arrived whole. The item the break came
    /// in is dropped: half an item would be read as a different item when the whole one arrives.
    /// </summary>
    private static RepairedXml Salvaged(string text, string? firstError, CancellationToken cancellationToken)
    {
        var copy = SalvageCopy.Of(text, cancellationToken);
        if (copy.Text.Length == 0)
            return new RepairedXml(null, firstError);
        if (!TryParse(copy.Text, cancellationToken, out var document, out var error))
            return new RepairedXml(null, firstError ?? error);
        if (copy.BrokeInsideItem)
            document!.Descendants().LastOrDefault(FeedItems.IsItem)?.Remove();
        return new RepairedXml(document, null) { BrokeOff = copy.BrokeOff, DroppedPartialItem = copy.BrokeInsideItem };
    }

    [GeneratedRegex(@"&(?:(?<reference>#[0-9]+;|#[xX][0-9a-fA-F]+;)|(?<name>[A-Za-z][A-Za-z0-9]{1,31});)?", RegexOptions.NonBacktracking)]
    private static partial Regex Ampersand();
}
