using System.Xml.Linq;

namespace NewsWatch.Core.WebSub;

/// <summary>
/// Where a feed says it is pushed from (W3C WebSub, 4): a <c>rel="hub"</c> link and the
/// feed's <c>rel="self"</c> URL (its topic), in the HTTP <c>Link</c> header, which wins, or in
/// the feed itself (<c>atom:link</c>, or <c>&lt;link rel=...&gt;</c> in RSS and Atom).
/// </summary>
public sealed record HubLinks(Uri? Hub, Uri? Self)
{
    private const int MaxLinks = 32;

    public static HubLinks None { get; } = new(null, null);

    /// <summary>The header's links where it has them, else the feed's.</summary>
    public HubLinks Or(HubLinks fallback)
    {
        ArgumentNullException.ThrowIfNull(fallback);
        return new HubLinks(Hub ?? fallback.Hub, Self ?? fallback.Self);
    }

    /// <summary>The links of a feed document's channel (RSS) or root (Atom).</summary>
    public static HubLinks FromFeed(XElement root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var holder = root.Elements().FirstOrDefault(e => e.Name.LocalName == "channel") ?? root;
        var links = holder.Elements().Where(e => e.Name.LocalName == "link").Take(MaxLinks)
            .Select(e => ((string?)e.Attribute("rel"), (string?)e.Attribute("href")))
            .ToList();
        return new HubLinks(Find(links, "hub"), Find(links, "self"));
    }

    /// <summary>The links of HTTP <c>Link</c> header values (RFC 8288): <c>&lt;url&gt;; rel="hub"</c>, several per value.</summary>
    public static HubLinks FromHeaders(IEnumerable<string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var links = values.Take(MaxLinks).SelectMany(Split).Take(MaxLinks).ToList();
        return new HubLinks(Find(links, "hub"), Find(links, "self"));
    }

    private static IEnumerable<(string? Rel, string? Href)> Split(string value)
    {
        // A header value is "<a>; rel=hub, <b>; rel=self": each link runs from its "<" to the next one.
        var start = value.IndexOf('<', StringComparison.Ordinal);
        while (start >= 0)
        {
            var end = value.IndexOf('>', start);
            if (end < 0)
                yield break;
            var next = value.IndexOf('<', end);
            var parameters = value[(end + 1)..(next < 0 ? value.Length : next)].Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var rel = parameters.Select(p => p.Split('=', 2)).FirstOrDefault(p => p.Length == 2 && p[0].Equals("rel", StringComparison.OrdinalIgnoreCase))?[1].Trim('"');
            yield return (rel, value[(start + 1)..end]);
            start = next;
        }
    }

    /// <summary>The text as an absolute http(s) URL, or null: a hub or topic is nothing else.</summary>
    internal static Uri? WebUrl(string? text) =>
        Uri.TryCreate(text?.Trim(), UriKind.Absolute, out var url) && url.Scheme is "http" or "https" ? url : null;

    private static Uri? Find(IEnumerable<(string? Rel, string? Href)> links, string relation) => links
        .Where(link => link.Rel?.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(relation, StringComparer.OrdinalIgnoreCase) == true)
        .Select(link => WebUrl(link.Href))
        .FirstOrDefault(url => url is not null);
}
