using CodeHollow.FeedReader;

namespace NewsWatch.Core.Feeds;

/// <summary>
/// The one adapter over CodeHollow.FeedReader: bytes in, our <see cref="NewsItem"/>s out,
/// and the library's exceptions turned into a failed <see cref="ParseResult"/>.
/// </summary>
public sealed class FeedParser(TimeProvider time)
{
    public ParseResult Parse(string feedId, Uri feedUrl, byte[] body, string? contentType = null)
    {
        ArgumentNullException.ThrowIfNull(feedUrl);
        ArgumentNullException.ThrowIfNull(body);
        if (body.Length == 0)
            return ParseResult.Failure("The feed is empty: the server sent no content.");

        Feed feed;
        try
        {
            feed = FeedReader.ReadFromByteArray(body);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return ParseResult.Failure($"Not a readable RSS, Atom or JSON feed: {ex.Message}");
        }

        var source = string.IsNullOrWhiteSpace(feed.Title) ? feedUrl.Host : PlainText.FromHtml(feed.Title);
        var language = LanguageCode.Normalise(feed.Language);
        var firstSeen = time.GetUtcNow();
        var items = feed.Items
            .Select(item => ToNewsItem(feedId, feedUrl, item, source, language, firstSeen))
            .ToList();
        return new ParseResult { Title = source, Language = language, Items = items };
    }

    private static NewsItem ToNewsItem(string feedId, Uri feedUrl, FeedItem item, string source, string? language, DateTimeOffset firstSeen)
    {
        var title = PlainText.FromHtml(item.Title);
        var summary = PlainText.FromHtml(string.IsNullOrWhiteSpace(item.Description) ? item.Content : item.Description);
        var link = AbsoluteLink(feedUrl, item.Link);
        var canonical = link is null ? null : CanonicalLink.From(link);
        var published = item.PublishingDate is { } date
            ? new DateTimeOffset(DateTime.SpecifyKind(date, date.Kind == DateTimeKind.Unspecified ? DateTimeKind.Utc : date.Kind)).ToUniversalTime()
            : firstSeen;
        var identity = !string.IsNullOrWhiteSpace(item.Id) ? item.Id.Trim()
            : canonical ?? $"{title}\n{item.PublishingDateString}";
        return new NewsItem(feedId, StableId.Of(identity), title, summary, link, canonical, published, language, source);
    }

    private static Uri? AbsoluteLink(Uri feedUrl, string? link) =>
        !string.IsNullOrWhiteSpace(link) && Uri.TryCreate(feedUrl, link.Trim(), out var absolute)
            && (absolute.Scheme == Uri.UriSchemeHttp || absolute.Scheme == Uri.UriSchemeHttps)
            ? absolute
            : null;
}
