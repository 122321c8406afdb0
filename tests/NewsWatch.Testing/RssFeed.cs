using System.Globalization;
using System.Security;
using System.Text;

namespace NewsWatch.Testing;

/// <summary>Builds small RSS 2.0 documents for tests.</summary>
public static class RssFeed
{
    public sealed record Item(string Id, string Title, string Description, string Link, DateTimeOffset Published);

    public static string Of(string title, string language, params Item[] items)
    {
        var xml = new StringBuilder();
        xml.Append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\"><channel>")
            .Append(CultureInfo.InvariantCulture, $"<title>{SecurityElement.Escape(title)}</title><link>https://news.example/</link><language>{language}</language>");
        foreach (var item in items)
        {
            xml.Append("<item>")
                .Append(CultureInfo.InvariantCulture, $"<guid isPermaLink=\"false\">{SecurityElement.Escape(item.Id)}</guid>")
                .Append(CultureInfo.InvariantCulture, $"<title>{SecurityElement.Escape(item.Title)}</title>")
                .Append(CultureInfo.InvariantCulture, $"<description>{SecurityElement.Escape(item.Description)}</description>")
                .Append(CultureInfo.InvariantCulture, $"<link>{SecurityElement.Escape(item.Link)}</link>")
                .Append(CultureInfo.InvariantCulture, $"<pubDate>{item.Published.ToString("R", CultureInfo.InvariantCulture)}</pubDate>")
                .Append("</item>");
        }

        return xml.Append("</channel></rss>").ToString();
    }
}
