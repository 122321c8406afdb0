using System.Globalization;
using System.Text;

namespace NewsWatch.Testing.Fuzzing;

/// <summary>
/// An ordinary, well-formed RSS 2.0 feed of about a given size: many everyday items with a guid,
/// link, date and an HTML description, the yardstick every hostile input is compared against.
/// </summary>
public static class PlainFeed
{
    private const string Footer = "</channel></rss>";

    private static readonly string[] Subjects = ["City council", "Central bank", "Football club", "Chipmaker", "Rail operator", "Museum", "University", "Airline"];
    private static readonly string[] Verbs = ["approves", "delays", "announces", "cuts", "reviews", "unveils", "backs", "scraps"];
    private static readonly string[] Objects = ["next year's budget", "stadium plans", "winter timetable", "price rises", "cycle lanes", "merger talks", "a new exhibition"];
    private static readonly DateTimeOffset Newest = new(2026, 1, 15, 12, 0, 0, TimeSpan.Zero);

    /// <summary>The UTF-8 bytes of a feed of at least <paramref name="size"/> bytes (at most one item more).</summary>
    public static byte[] OfSize(int size)
    {
        var xml = new StringBuilder(size + 1024);
        xml.Append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\"><channel>")
            .Append("<title>Plain News</title><link>https://plain.example/</link><language>en</language>");
        AppendItems(xml, size - Footer.Length);
        return Encoding.UTF8.GetBytes(xml.Append(Footer).ToString());
    }

    /// <summary>Appends ordinary items until <paramref name="xml"/> is <paramref name="length"/> characters long, so a hostile part can be padded out to a size.</summary>
    internal static void AppendItems(StringBuilder xml, int length)
    {
        for (var i = 0; xml.Length < length; i++)
            AppendItem(xml, i);
    }

    private static void AppendItem(StringBuilder xml, int i)
    {
        var title = $"{Subjects[i % Subjects.Length]} {Verbs[(i / 3) % Verbs.Length]} {Objects[(i / 7) % Objects.Length]}";
        xml.Append("<item>")
            .Append(CultureInfo.InvariantCulture, $"<guid isPermaLink=\"false\">plain-{i}</guid>")
            .Append(CultureInfo.InvariantCulture, $"<title>{title} ({i})</title>")
            .Append(CultureInfo.InvariantCulture, $"<link>https://plain.example/{i / 100}/story-{i}</link>")
            .Append(CultureInfo.InvariantCulture, $"<pubDate>{Newest.AddMinutes(-7 * i).ToString("R", CultureInfo.InvariantCulture)}</pubDate>")
            .Append("<description>&lt;p&gt;Officials said the decision followed months of consultation; ")
            .Append(CultureInfo.InvariantCulture, $"about {10 + (i % 990)} people are affected. &lt;a href=\"https://plain.example/more/{i}\"&gt;More&lt;/a&gt;&lt;/p&gt;</description>")
            .Append("</item>");
    }
}
