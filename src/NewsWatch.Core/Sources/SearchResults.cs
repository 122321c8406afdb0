using NewsWatch.Core.Feeds;

namespace NewsWatch.Core.Sources;

/// <summary>
/// Makes what <see cref="FeedParser"/> read from a Google News or Bing News RSS search into the
/// outlets' articles: the outlet as Source, headlines without the engine's additions, links
/// that lead to the article, and canonical links both engines give the same article.
/// </summary>
public static class SearchResults
{
    /// <summary>
    /// The cleaned result. A web page in place of the RSS (which FeedParser would have searched
    /// for a feed) becomes the engine's error; other failures keep their reason, naming the
    /// engine. GDELT's items are read clean by <see cref="GdeltArticleList"/> and pass unchanged.
    /// </summary>
    public static ParseResult Clean(SearchEngine engine, ParseResult parsed)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        if (parsed.DiscoveredFeedUrl is not null)
            return ParseResult.Failure(SearchAnswer.WebPageError(engine, pageTitle: null));
        if (parsed.Error is { } error)
            return ParseResult.Failure($"{SearchEngines.Name(engine)}: {error}");
        Func<NewsItem, NewsItem>? clean = engine switch
        {
            SearchEngine.GoogleNews => GoogleNewsItem.Clean,
            SearchEngine.BingNews => BingNewsItem.Clean,
            _ => null,
        };
        return clean is null ? parsed : parsed with { Items = [.. parsed.Items.Select(clean)] };
    }
}
