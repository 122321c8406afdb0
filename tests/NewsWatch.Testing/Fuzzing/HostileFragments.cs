using System.Text;

namespace NewsWatch.Testing.Fuzzing;

/// <summary>
/// The mutator's dictionary: the markup, bytes and shapes that reach the parser's special cases
/// (DTDs and entities, CDATA and comments, discovery and text-extraction scans, xml:base and
/// namespaces, gzip and byte-order marks, invalid UTF-8, extremes of length and depth).
/// </summary>
public static class HostileFragments
{
    private static readonly string[] Markup =
    [
        "<!DOCTYPE", "<!DOCTYPE rss [", "<!DOCTYPE a []", "<!DOCTYPE html>", "<!ENTITY", "<!ENTITY e \"EXPANDED\">", "]>", "&e;",
        "<![CDATA[", "]]>", "<!--", "-->", "&", "&#x", "&#x0;", "&#xD800;", "&#99999999;", "&amp;eacute;", "&nbsp;", "&lol9;",
        "<link", "<link rel=\"alternate\" type=\"application/rss+xml\" href=\"", "<script>", "<script", "</script>", "<style>", "<title>",
        "</title>", "<base", "<base href=\"//elsewhere.example/\">", "<?xml", "<?xml version=\"1.0\" encoding=\"utf-16\"?>",
        "<?xml version=\"1.0\" encoding=\"bogus-9\"?>", "xmlns:", "xmlns:a=\"http://www.w3.org/2005/Atom\"", "xmlns=\"\"",
        "xml:base=", "xml:base=\"javascript:alert(1)\"", "xml:lang=\"zz\"", "<item>", "</item>", "<entry>", "</entry>", "<channel>",
        "<rss version=\"2.0\">", "<feed xmlns=\"http://www.w3.org/2005/Atom\">", "<html>", "<head>", "<body>", "<", ">", "\"", "'",
        "{\"version\":\"https://jsonfeed.org/version/1.1\",\"items\":[", "]}", "<content type=\"base64\">", "\r\n", "\u2028",
    ];

    private static readonly byte[][] Binary =
    [
        [0x1F, 0x8B], [0x1F, 0x8B, 0x08, 0x00], [0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF], [0xFF, 0xFE, 0x00, 0x00],
        [0x00, 0x00, 0xFE, 0xFF], [0x00], [0xC3, 0x28], [0xFF], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80],
        [0xE2, 0x82], [0x80, 0x81, 0x9F],
    ];

    /// <summary>One fragment, named for the recipe: fixed markup, raw bytes, or a generated extreme.</summary>
    public static (string Name, byte[] Bytes) Pick(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        return random.Next(10) switch
        {
            < 6 when Markup[random.Next(Markup.Length)] is var text => (text, Encoding.UTF8.GetBytes(text)),
            < 8 when Binary[random.Next(Binary.Length)] is var bytes => (Convert.ToHexString(bytes), bytes),
            8 => LongAttribute(random),
            _ => DeepNesting(random),
        };
    }

    private static (string, byte[]) LongAttribute(Random random)
    {
        var length = 1 << random.Next(8, 17);
        return ($"attribute of {length}", Encoding.UTF8.GetBytes($"<a href=\"{new string('x', length)}\">"));
    }

    private static (string, byte[]) DeepNesting(Random random)
    {
        var depth = 1 << random.Next(4, 13);
        var closed = random.Next(2) == 0;
        var text = new StringBuilder().Insert(0, "<a>", depth);
        if (closed)
            text.Insert(text.Length, "</a>", depth);
        return ($"{depth} nested{(closed ? string.Empty : " unclosed")}", Encoding.UTF8.GetBytes(text.ToString()));
    }
}
