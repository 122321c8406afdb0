using NewsWatch.Core.Feeds;

namespace NewsWatch.Core.Sources;

/// <summary>
/// Tells a search engine's web page from its results. Engines that suspect a robot answer with
/// a captcha ("unusual traffic") or send a consent page (consent.google.com) where the RSS
/// was: for a search that is an error to show, never a page to look for a feed in.
/// </summary>
public static class SearchAnswer
{
    /// <summary>Enough of the body to find the first element and the page's title.</summary>
    private const int HeadLength = 16 * 1024;

    /// <summary>The error to show when <paramref name="body"/> is an HTML page, else null.</summary>
    public static string? WebPageError(SearchEngine engine, byte[] body, string? contentType = null, long limit = FeedOptions.DefaultMaxBodyBytes)
    {
        ArgumentNullException.ThrowIfNull(body);
        var unwrapped = GzipBody.Unwrap(body, limit) ?? body;
        var head = FeedDecoder.Decode(unwrapped.Length > HeadLength ? unwrapped[..HeadLength] : unwrapped, contentType);
        return FeedDiscovery.IsHtml(head) ? WebPageError(engine, FeedDiscovery.Title(head)) : null;
    }

    /// <summary>The error naming the engine and, when known, the page it sent.</summary>
    public static string WebPageError(SearchEngine engine, string? pageTitle)
    {
        var error = $"{SearchEngines.Name(engine)} sent a web page (a captcha or consent page?) instead of search results";
        return string.IsNullOrWhiteSpace(pageTitle) ? error + "." : $"{error}: \"{pageTitle}\".";
    }
}
