using System.Globalization;
using System.Text;

namespace NewsWatch.Testing.Fuzzing;

/// <summary>
/// The attacks of issue 10, each sized on request, plus the feed shapes that are merely extreme
/// (deep, many tiny items, one huge title): all must cost about what a plain feed of the same
/// size costs.
/// </summary>
public static class AttackCatalogue
{
    private const string Declaration = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n";
    private const string Channel = "<rss version=\"2.0\"><channel><title>Hostile</title><link>https://hostile.example/</link>";
    private const string Footer = "</channel></rss>";
    private const string Expanded = "EXPANDED";

    /// <summary>
    /// Text that looks like a DOCTYPE inside a comment, then a comment long enough to push the real
    /// DTD past the first 4 KB: either defeats stripping "the first DOCTYPE-looking match".
    /// </summary>
    private static readonly string Decoy = "<!-- <!DOCTYPE decoy> -->\n<!-- " + new string('x', 5000) + " -->\n";

    public static IReadOnlyList<Attack> All { get; } =
    [
        new("doctype-repeated", "`<!DOCTYPE a []` repeated: the DOCTYPE-stripping regex backtracks over the rest of the body at each one",
            size => Repeat(Declaration, "<!DOCTYPE a []", string.Empty, size)),
        new("entity-decoy", "a decoy DOCTYPE in a comment and a long comment before a real internal DTD whose entity an item title uses 1,000 times",
            EntityDecoy, Expanded),
        new("billion-laughs", "the same decoy before nested entities, ten of each level, nine levels deep, used in an item title",
            BillionLaughs, "lollollol"),
        new("gzip-bomb", "a gzip body that inflates to about a thousand times its size, far beyond the body limit",
            Gzip.Bomb),
        new("link-unclosed", "an HTML page of `<link rel=\"alternate\"` repeated with no `>` anywhere after (feed discovery's scan)",
            size => Repeat("<!DOCTYPE html><html><head>", "<link rel=\"alternate\" ", string.Empty, size)),
        new("script-unclosed", "an item description of `<script>` repeated and never closed (the HTML-to-text scan)",
            size => Repeat(Declaration + Channel + "<item><title>Scripts</title><description><![CDATA[", "<script>x", "]]></description></item>" + Footer, size)),
        new("title-unclosed", "an HTML page of `<title>` repeated and never closed (the page-title scan)",
            size => Repeat("<!DOCTYPE html><html><head>", "<title>x", "</head></html>", size)),
        new("comments-before-root", "short comments repeated between the XML declaration and `<rss>`: the HTML-sniffing regex backtracks through every way of splitting them",
            size => Repeat(Declaration, "<!-- c -->\n", Channel + "<item><title>After the comments</title></item>" + Footer, size)),
        new("comments-before-latin1-page", "the same comments before an HTML page whose bytes are not UTF-8: the regex looking for an encoding declaration does the same",
            size => Latin1(Repeat(string.Empty, "<!-- c -->\n", "<html><head><title>Caf\u00E9</title></head></html>", size))),
        new("json-escaped-content", "a JSON Feed item whose content_html is one long run of HTML and escaped quotes",
            size => Repeat("{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"Hostile\",\"items\":[{\"id\":\"1\",\"title\":\"Escapes\",\"content_html\":\"",
                "<p>a \\\"quoted\\\" &amp; b</p>", "\"}]}", size)),
        new("deep-nesting", "one item holding elements nested as deep as the size allows",
            DeepNesting),
        new("many-tiny-items", "as many minimal items as fit: the per-item cost",
            size => Repeat(Declaration + Channel, "<item><title>a</title></item>", Footer, size)),
        new("huge-title", "one item whose title is the whole body",
            size => Repeat(Declaration + Channel + "<item><title>", "lorem ipsum &amp; dolor ", "</title></item>" + Footer, size)),
    ];

    public static Attack Named(string name) => All.Single(attack => attack.Name == name);

    /// <summary><paramref name="head"/>, then <paramref name="unit"/> as often as fits in <paramref name="size"/> bytes, then <paramref name="tail"/>.</summary>
    private static byte[] Repeat(string head, string unit, string tail, int size)
    {
        var text = new StringBuilder(size + unit.Length);
        text.Append(head);
        do
            text.Append(unit);
        while (text.Length + unit.Length + tail.Length <= size);
        return Encoding.UTF8.GetBytes(text.Append(tail).ToString());
    }

    /// <summary>The same text in windows-1252, which for 'é' is not valid UTF-8.</summary>
    private static byte[] Latin1(byte[] utf8) => Encoding.Latin1.GetBytes(Encoding.UTF8.GetString(utf8));

    private static byte[] EntityDecoy(int size)
    {
        var dtd = $"<!DOCTYPE rss [<!ENTITY e \"{string.Concat(Enumerable.Repeat(Expanded, 125))}\">]>\n";
        return Padded(Declaration + Decoy + dtd, string.Concat(Enumerable.Repeat("&e;", 1000)), size);
    }

    private static byte[] BillionLaughs(int size)
    {
        var dtd = new StringBuilder("<!DOCTYPE rss [<!ENTITY lol0 \"lol\">");
        for (var level = 1; level <= 9; level++)
            dtd.Append(CultureInfo.InvariantCulture, $"<!ENTITY lol{level} \"{string.Concat(Enumerable.Repeat($"&lol{level - 1};", 10))}\">");
        return Padded(Declaration + Decoy + dtd.Append("]>\n"), "&lol9;", size);
    }

    private static byte[] DeepNesting(int size)
    {
        var depth = Math.Max(1, (size - 200) / "<a></a>".Length);
        var text = new StringBuilder(size + 256).Append(Declaration).Append(Channel).Append("<item><title>Deep</title><x>");
        text.Insert(text.Length, "<a>", depth).Insert(text.Length, "</a>", depth);
        return Encoding.UTF8.GetBytes(text.Append("</x></item>").Append(Footer).ToString());
    }

    /// <summary>A feed whose first item has <paramref name="title"/>, padded out to <paramref name="size"/> with ordinary items.</summary>
    private static byte[] Padded(string prolog, string title, int size)
    {
        var text = new StringBuilder(size + 1024).Append(prolog).Append(Channel)
            .Append("<item><title>").Append(title).Append("</title><link>https://hostile.example/1</link></item>");
        PlainFeed.AppendItems(text, size - Footer.Length);
        return Encoding.UTF8.GetBytes(text.Append(Footer).ToString());
    }
}
