using System.Web;

namespace NewsWatch.Core.Sources;

/// <summary>
/// Bing News's RSS links go through a click counter,
/// <c>https://www.bing.com/news/apiclick.aspx?ref=FexRss&amp;...&amp;url=https%3a%2f%2foutlet.example%2farticle&amp;c=...</c>,
/// whose other parameters change from poll to poll; the article is the url parameter.
/// </summary>
public static class BingLink
{
    /// <summary>
    /// The article a Bing link leads to: the url parameter of a click-counter link when it is an
    /// absolute http(s) URL, the link itself when it is not Bing's; null otherwise (a
    /// javascript:, relative or missing url parameter must not become a link people open).
    /// The link is shown and compared, never fetched: anything that ever fetches an article's
    /// link must go through the outbound guard, as it may name any address.
    /// </summary>
    public static Uri? Article(Uri? link)
    {
        if (link is null || !link.IsAbsoluteUri)
            return null;
        if (SearchEngines.Of(link) != SearchEngine.BingNews)
            return IsWeb(link) ? link : null;
        var target = HttpUtility.ParseQueryString(link.Query)["url"]?.Trim();
        return Uri.TryCreate(target, UriKind.Absolute, out var article) && IsWeb(article) && SearchEngines.Of(article) is null
            ? article
            : null;
    }

    private static bool IsWeb(Uri url) => url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps;
}
