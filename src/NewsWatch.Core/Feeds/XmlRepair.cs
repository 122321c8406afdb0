using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace NewsWatch.Core.Feeds;

/// <summary>
/// Makes real-world "XML" well-formed the way forgiving readers do: each step runs only if the
/// previous text still fails to parse, so valid feeds pass through untouched.
/// </summary>
internal static partial class XmlRepair
{
    private static readonly Func<string, string>[] Steps = [WithoutDoctype, WithoutLeadingJunk, WithEscapesAndCharactersFixed, Salvaged];

    /// <summary>The first well-formed version of <paramref name="text"/>, or the parser's complaint about the last try.</summary>
    public static (XDocument? Document, string Text, string? Error) MakeWellFormed(string text)
    {
        string? error = null;
        foreach (var step in Steps)
        {
            text = step(text);
            try
            {
                return (XDocument.Parse(text), text, null);
            }
            catch (XmlException ex)
            {
                error ??= ex.Message;
            }
        }

        return (null, text, error);
    }

    /// <summary>
    /// A DOCTYPE is dropped before anything parses the text: feeds need none, and an internal
    /// subset is the door to entity-expansion bombs. HTML entities it might have declared are
    /// handled by the escape step instead.
    /// </summary>
    internal static string WithoutDoctype(string text)
    {
        var match = Doctype().Match(text);
        return match.Success && match.Index < 4096 ? text.Remove(match.Index, match.Length) : text;
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
    /// cut off mid-transfer (or mid-item) still yields the items that arrived whole.
    /// </summary>
    internal static string Salvaged(string text)
    {
        var output = new StringBuilder();
        var readerSettings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, CheckCharacters = false, IgnoreWhitespace = true, XmlResolver = null };
        try
        {
            Copy(text, readerSettings, output);
        }
        catch (InvalidOperationException)
        {
            return text;
        }

        return output.ToString();
    }

    private static void Copy(string text, XmlReaderSettings readerSettings, StringBuilder output)
    {
        using (var writer = XmlWriter.Create(output, new XmlWriterSettings { OmitXmlDeclaration = true, CheckCharacters = false }))
        using (var reader = XmlReader.Create(new StringReader(text), readerSettings))
        {
            try
            {
                while (reader.Read())
                    CopyNode(reader, writer);
            }
            catch (XmlException)
            {
                // Expected: this is the point where the document broke off.
            }

            if (writer.WriteState != WriteState.Start)
                writer.WriteEndDocument();
        }
    }

    private static void CopyNode(XmlReader reader, XmlWriter writer)
    {
        switch (reader.NodeType)
        {
            case XmlNodeType.Element:
                var isEmpty = reader.IsEmptyElement;
                writer.WriteStartElement(reader.Prefix, reader.LocalName, reader.NamespaceURI);
                writer.WriteAttributes(reader, defattr: false);
                if (isEmpty)
                    writer.WriteEndElement();
                break;
            case XmlNodeType.EndElement:
                writer.WriteFullEndElement();
                break;
            case XmlNodeType.Text or XmlNodeType.SignificantWhitespace:
                writer.WriteString(reader.Value);
                break;
            case XmlNodeType.CDATA:
                writer.WriteCData(reader.Value);
                break;
        }
    }

    [GeneratedRegex(@"<!DOCTYPE\s[^\[>]*(?:\[[\s\S]*?\]\s*)?>", RegexOptions.IgnoreCase)]
    private static partial Regex Doctype();

    [GeneratedRegex(@"&(?:(?<reference>#[0-9]+;|#[xX][0-9a-fA-F]+;)|(?<name>[A-Za-z][A-Za-z0-9]{1,31});)?")]
    private static partial Regex Ampersand();
}
