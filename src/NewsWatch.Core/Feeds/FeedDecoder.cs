using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using System.Text.Unicode;

namespace NewsWatch.Core.Feeds;

/// <summary>
/// Turns feed bytes into text the way browsers and Miniflux do: BOM first, then valid UTF-8
/// wins over any label (servers and generators lie), then the HTTP charset, the XML
/// declaration or an HTML meta tag (a UTF-8 label cannot overrule invalid bytes), then UTF-8 if
/// only a few bytes are invalid, and a guess between windows-1252 and the Cyrillic code pages last.
/// </summary>
internal static partial class FeedDecoder
{
    private static readonly Encoding Utf32BigEndian = new UTF32Encoding(bigEndian: true, byteOrderMark: true);

    // ISO-8859-1 and windows-1251/1252 live in the code-pages provider, not in the base framework.
    static FeedDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Decode(byte[] body, string? contentType)
    {
        ArgumentNullException.ThrowIfNull(body);
        var (encoding, skip) = FromByteOrderMark(body) ?? (FromNullPattern(body), 0);
        encoding ??= Utf8.IsValid(body) ? Encoding.UTF8
            : Declared(body, contentType) ?? (IsMostlyUtf8(body) ? Encoding.UTF8 : SingleByteGuess.For(body));
        var text = encoding.GetString(body, skip, body.Length - skip).TrimStart('\uFEFF');
        return ReplaceC1Controls(text);
    }

    private static Encoding Windows1252 => Encoding.GetEncoding(1252);

    /// <summary>
    /// A UTF-8 feed with a few stray bytes (a pasted Latin-1 quote) should lose those bytes,
    /// not have every other non-ASCII character turned into mojibake.
    /// </summary>
    private static bool IsMostlyUtf8(byte[] body)
    {
        var text = Encoding.UTF8.GetString(body);
        var invalid = text.Count(c => c == '\uFFFD');
        var decoded = text.Count(c => c > '\u007F' && c != '\uFFFD');
        return decoded > invalid * 4;
    }

    private static (Encoding, int)? FromByteOrderMark(byte[] b) => b switch
    {
        [0xEF, 0xBB, 0xBF, ..] => (Encoding.UTF8, 3),
        [0xFF, 0xFE, 0x00, 0x00, ..] => (Encoding.UTF32, 4),
        [0x00, 0x00, 0xFE, 0xFF, ..] => (Utf32BigEndian, 4),
        [0xFE, 0xFF, ..] => (Encoding.BigEndianUnicode, 2),
        [0xFF, 0xFE, ..] => (Encoding.Unicode, 2),
        _ => null,
    };

    /// <summary>UTF-16/32 without a BOM still shows itself: ASCII markup leaves zero bytes in fixed places.</summary>
    private static Encoding? FromNullPattern(byte[] b) => b switch
    {
        [0x00, 0x00, 0x00, > 0, ..] => Utf32BigEndian,
        [> 0, 0x00, 0x00, 0x00, ..] => Encoding.UTF32,
        [0x00, > 0, 0x00, > 0, ..] => Encoding.BigEndianUnicode,
        [> 0, 0x00, > 0, 0x00, ..] => Encoding.Unicode,
        _ => null,
    };

    /// <summary>The first label that names a usable single- or multi-byte encoding other than UTF-8 (already ruled out).</summary>
    private static Encoding? Declared(byte[] body, string? contentType)
    {
        var head = Encoding.ASCII.GetString(body, 0, Math.Min(body.Length, 2048));
        string?[] labels = [HttpCharset(contentType), Match(XmlDeclaration(), head), Match(HtmlMetaCharset(), head)];
        return labels.Select(Lookup).FirstOrDefault(encoding => encoding is not null && encoding.CodePage is not (65001 or 1200 or 1201 or 12000 or 12001));
    }

    private static Encoding? Lookup(string? label)
    {
        if (string.IsNullOrWhiteSpace(label))
            return null;
        try
        {
            var encoding = Encoding.GetEncoding(label.Trim().Trim('"', '\''));
            // As in the WHATWG Encoding standard: Latin-1 and ASCII labels mean windows-1252,
            // which is what such feeds really contain (curly quotes, euro sign).
            return encoding.CodePage is 28591 or 20127 ? Windows1252 : encoding;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static string? HttpCharset(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var mediaType) ? mediaType.CharSet : null;

    private static string? Match(Regex pattern, string head) => pattern.Match(head) is { Success: true } m ? m.Groups[1].Value : null;

    /// <summary>C1 controls in decoded text are windows-1252 punctuation that was mislabelled (feedparser's "demoronizer").</summary>
    private static string ReplaceC1Controls(string text)
    {
        if (!text.Any(c => c is >= '\u0080' and <= '\u009F'))
            return text;
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
            builder.Append(c is >= '\u0080' and <= '\u009F' ? Windows1252.GetString([(byte)c])[0] : c);
        return builder.ToString();
    }

    [GeneratedRegex(@"^\s*(?:<!--[\s\S]*?-->\s*)*<\?xml[^>]*?encoding\s*=\s*[""']([A-Za-z0-9._:-]+)[""']", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex XmlDeclaration();

    [GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?([A-Za-z0-9._:-]+)", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex HtmlMetaCharset();
}
