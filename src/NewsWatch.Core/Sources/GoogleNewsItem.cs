using NewsWatch.Core.Feeds;

namespace NewsWatch.Core.Sources;

/// <summary>Turns an item of Google News's RSS search into the outlet's headline.</summary>
internal static class GoogleNewsItem
{
    private const string OutletSeparator = " - ";

    /// <summary>
    /// Google's title is "Headline - Outlet" and its description only repeats the headline and
    /// the outlet as links (or lists related headlines), so the item is headline-only. The
    /// guid Google gives is stable, so the id FeedParser took from it stays.
    /// </summary>
    public static NewsItem Clean(NewsItem item)
    {
        var outlet = item.OriginalSource;
        var title = outlet is null ? item.Title : WithoutOutlet(item.Title, outlet.Name);
        var key = outlet?.Url is { } home ? SearchResultKey.For(home.Host, title) : null;
        return item with
        {
            Title = title,
            Summary = string.Empty,
            Source = outlet?.Name ?? item.Source,
            CanonicalLink = key ?? item.CanonicalLink,
            IsHeadlineOnly = true,
        };
    }

    /// <summary>
    /// Only a last " - " followed by the outlet's own name is Google's: a headline may hold
    /// " - " itself, and one whose end is not the outlet keeps it.
    /// </summary>
    public static string WithoutOutlet(string title, string outlet)
    {
        var at = title.LastIndexOf(OutletSeparator, StringComparison.Ordinal);
        if (at <= 0)
            return title;
        var suffix = SearchResultKey.Words(title[(at + OutletSeparator.Length)..]);
        var headline = title[..at].TrimEnd();
        return suffix.Length > 0 && suffix == SearchResultKey.Words(outlet) && headline.Length > 0 ? headline : title;
    }
}
