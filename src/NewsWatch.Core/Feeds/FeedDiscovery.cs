using System.Net;
using System.Text.RegularExpressions;

namespace NewsWatch.Core.Feeds;

/// <summary>
/// Feed autodiscovery: when a page is served where a feed was expected, the feed it
/// announces with <c>&lt;link rel="alternate" type="application/rss+xml" href="..."&gt;</c>.
/// </summary>
public static partial class FeedDiscovery
{
    private static readonly string[] FeedTypes =
        ["application/rss+xml", "application/atom+xml", "application/feed+json", "application/json", "application/rdf+xml"];

    /// <summary>True when the first element is html, head or body (an XHTML doctype in front of &lt;rss&gt; is still a feed).</summary>
    public static bool IsHtml(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return HtmlStart().IsMatch(text.Length > 8192 ? text[..8192] : text);
    }

    /// <summary>The first feed the page links to, made absolute against the page's base, or null.</summary>
    public static Uri? FindFeed(string html, Uri pageUrl)
    {
        ArgumentNullException.ThrowIfNull(html);
        var baseUrl = Tags("base").Select(a => Attribute(a, "href")).Where(h => h is not null)
            .Select(h => Uri.TryCreate(pageUrl, h, out var b) ? b : null).FirstOrDefault(b => b is not null) ?? pageUrl;
        foreach (var attributes in Tags("link"))
        {
            var rel = Attribute(attributes, "rel")?.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? [];
            var type = Attribute(attributes, "type")?.Split(';')[0].Trim();
            var href = Attribute(attributes, "href");
            if (rel.Contains("alternate", StringComparer.OrdinalIgnoreCase) && FeedTypes.Contains(type, StringComparer.OrdinalIgnoreCase)
                && !string.IsNullOrWhiteSpace(href) && Uri.TryCreate(baseUrl, href.Trim(), out var feed))
                return feed;
        }

        return null;

        IEnumerable<string> Tags(string name) => Tag().Matches(html).Where(m => m.Groups["name"].Value.Equals(name, StringComparison.OrdinalIgnoreCase)).Select(m => m.Groups["attributes"].Value);
    }

    /// <summary>The page's &lt;title&gt;, to say in an error which page came instead of the feed.</summary>
    public static string? Title(string html) =>
        PageTitle().Match(html ?? string.Empty) is { Success: true } m ? PlainText.FromHtml(m.Groups[1].Value) : null;

    private static string? Attribute(string attributes, string name)
    {
        foreach (Match match in AttributePair().Matches(attributes))
        {
            if (match.Groups["name"].Value.Equals(name, StringComparison.OrdinalIgnoreCase))
                return WebUtility.HtmlDecode(match.Groups["value"].Value);
        }

        return null;
    }

    [GeneratedRegex(@"<(?<name>link|base)\b(?<attributes>[^>]*)>", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex Tag();

    [GeneratedRegex(@"(?<name>[\w:-]+)\s*=\s*(?:""(?<value>[^""]*)""|'(?<value>[^']*)'|(?<value>[^\s""'>]+))", RegexOptions.NonBacktracking)]
    private static partial Regex AttributePair();

    [GeneratedRegex(@"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*)*<(?:html|head|body)[\s>]", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex HtmlStart();

    [GeneratedRegex(@"<title[^>]*>([\s\S]*?)</title>", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex PageTitle();
}
