using Microsoft.Extensions.Options;
using NewsWatch.Core.Feeds;

namespace NewsWatch.Core.Sources;

/// <summary>
/// What the poller calls for a search source in place of <see cref="FeedParser"/>: the answer's
/// bytes in, the outlets' articles out, and a web page sent instead of results an error.
/// </summary>
public sealed class SearchParser(FeedParser feeds, TimeProvider time, IOptions<FeedOptions> options)
{
    /// <summary>
    /// Reads one poll's answer. Never throws for anything the body holds; throws
    /// <see cref="OperationCanceledException"/> when <paramref name="cancellationToken"/> fires first.
    /// </summary>
    public ParseResult Parse(SearchEngine engine, string feedId, Uri url, byte[] body, string? contentType = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (engine == SearchEngine.Gdelt)
            return GdeltArticleList.Parse(feedId, body, time.GetUtcNow(), options.Value.MaxBodyBytes, cancellationToken);
        // Inflated once here: the page check and the feed parser then read plain bytes. A body that
        // inflates past the limit goes on as it came, for the parser to refuse with its reason.
        var plain = GzipBody.Unwrap(body, options.Value.MaxBodyBytes) ?? body;
        if (SearchAnswer.WebPageError(engine, plain, contentType, options.Value.MaxBodyBytes) is { } error)
            return ParseResult.Failure(error);
        return SearchResults.Clean(engine, feeds.Parse(feedId, url, plain, contentType, cancellationToken));
    }
}
