using NewsWatch.Core.Feeds;

namespace NewsWatch.Core.Sources;

/// <summary>Turns an item of Bing News's RSS search into the outlet's article.</summary>
internal static class BingNewsItem
{
    /// <summary>
    /// Bing's items have no guid, and their click-counter links change from poll to poll, so
    /// the id FeedParser derived from the link would too: the id is made from the article's
    /// own link instead, else from the headline and outlet.
    /// </summary>
    public static NewsItem Clean(NewsItem item)
    {
        var article = BingLink.Article(item.Link);
        var outlet = item.OriginalSource?.Name;
        var key = article is null ? null : SearchResultKey.For(article.Host, item.Title);
        var identity = article is not null ? CanonicalLink.From(article) : $"{item.Title}\n{outlet}";
        return item with
        {
            Id = StableId.Of(identity),
            Link = article,
            // A click-counter link with no usable article says nothing about which article it is.
            CanonicalLink = key,
            Source = outlet ?? article?.Host ?? item.Source,
        };
    }
}
