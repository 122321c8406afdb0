using System.Globalization;
using System.Text;
using System.Text.Json;
using NewsWatch.Core.Feeds;

namespace NewsWatch.Core.Sources;

/// <summary>
/// Reads the GDELT DOC 2.0 API's ArtList answer,
/// <c>{"articles":[{"url","title","seendate":"20241105T123000Z","domain","language":"French",...}]}</c>
/// (and <c>{}</c> when nothing matched), into headline-only <see cref="NewsItem"/>s.
/// GDELT gives the article's own link, so items meet the outlet's feed in the Links table.
/// </summary>
public static class GdeltArticleList
{
    /// <summary>The answer is an object of a list of flat objects; anything deeper is not GDELT's.</summary>
    private const int MaxDepth = 4;

    /// <summary>GDELT's own ceiling on maxrecords: more articles than that are not its answer.</summary>
    private const int MaxArticles = GdeltWindow.MaxMaxRecords;

    /// <summary>Longer than any URL a browser opens; the Links table keys on it.</summary>
    private const int MaxUrlLength = 4_096;

    private const int MaxDomainLength = 253;
    private const int MaxMessageLength = 200;

    /// <summary>
    /// Reads GDELT's answer. Never throws for anything the body holds: plain-text refusals
    /// ("Please limit requests to one every 5 seconds", "Invalid query"), web pages,
    /// truncated JSON and other shapes become a failed result naming GDELT.
    /// </summary>
    /// <param name="firstSeen">The date of an article whose seendate is missing or unreadable.</param>
    public static ParseResult Parse(string feedId, byte[] body, DateTimeOffset firstSeen, CancellationToken cancellationToken = default) =>
        Parse(feedId, body, firstSeen, FeedOptions.DefaultMaxBodyBytes, cancellationToken);

    /// <inheritdoc cref="Parse(string, byte[], DateTimeOffset, CancellationToken)"/>
    /// <param name="limit">The most a gzip answer may inflate to (<see cref="FeedOptions.MaxBodyBytes"/>).</param>
    public static ParseResult Parse(string feedId, byte[] body, DateTimeOffset firstSeen, long limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (GzipBody.Unwrap(body, limit) is not { } unwrapped)
            return ParseResult.Failure($"GDELT sent gzip data that inflates to more than the {BodyLimit.Describe(limit)} limit.");
        body = unwrapped;
        var text = Encoding.UTF8.GetString(body).TrimStart('\uFEFF').Trim();
        if (text.Length == 0)
            return ParseResult.Failure("GDELT sent an empty answer instead of search results.");
        if (text[0] == '<')
            return ParseResult.Failure(SearchAnswer.WebPageError(SearchEngine.Gdelt, FeedDiscovery.Title(text)));
        if (text[0] is not ('{' or '['))
            return ParseResult.Failure($"GDELT answered with a message instead of search results: \"{FirstLine(text)}\"");
        try
        {
            using var document = JsonDocument.Parse(body.AsMemory(Preamble(body)), new JsonDocumentOptions { MaxDepth = MaxDepth });
            return Read(feedId, document.RootElement, firstSeen, cancellationToken);
        }
        catch (JsonException ex)
        {
            return ParseResult.Failure($"GDELT sent malformed or truncated JSON: {FirstLine(ex.Message)}");
        }
        catch (Exception ex) when (ex is not (OutOfMemoryException or OperationCanceledException))
        {
            // Invalid UTF-8 inside a string surfaces only when it is read; like any bug in the
            // mapping it must cost this search one poll, not the pipeline run.
            return ParseResult.Failure($"Could not read GDELT's answer ({ex.GetType().Name}): {FirstLine(ex.Message)}");
        }
    }

    private static ParseResult Read(string feedId, JsonElement root, DateTimeOffset firstSeen, CancellationToken cancellationToken)
    {
        if (root.ValueKind != JsonValueKind.Object)
            return ParseResult.Failure($"GDELT's answer is not an article list: the JSON is {Kind(root)}, not an object.");
        if (!root.TryGetProperty("articles", out var articles))
            return new ParseResult { Title = "GDELT" };
        if (articles.ValueKind != JsonValueKind.Array)
            return ParseResult.Failure($"GDELT's answer is not an article list: \"articles\" is {Kind(articles)}, not a list.");
        var items = new List<NewsItem>();
        foreach (var article in articles.EnumerateArray().Take(MaxArticles))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (GdeltArticle.ToNewsItem(feedId, article, firstSeen) is { } item)
                items.Add(item);
        }

        return items.Count == 0 && articles.GetArrayLength() > 0
            ? ParseResult.Failure($"None of GDELT's {articles.GetArrayLength()} articles has a title and a web link.")
            : new ParseResult { Title = "GDELT", Items = items };
    }

    private static int Preamble(byte[] body) => body.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8.Preamble.Length : 0;

    private static string Kind(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Array => "a list",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "true or false",
        JsonValueKind.Null => "null",
        _ => "an object",
    };

    private static string FirstLine(string text)
    {
        var line = text.Split('\n', 2)[0].Trim();
        return line.Length <= MaxMessageLength ? line : line[..MaxMessageLength] + "…";
    }

    /// <summary>One entry of the list; entries without a title or a web link are skipped.</summary>
    private static class GdeltArticle
    {
        public static NewsItem? ToNewsItem(string feedId, JsonElement article, DateTimeOffset firstSeen)
        {
            if (article.ValueKind != JsonValueKind.Object)
                return null;
            var title = PlainText.FromHtml(Field(article, "title", NewsItem.MaxTitleLength));
            if (title.Length == 0 || WebLink(Field(article, "url", MaxUrlLength)) is not { } link)
                return null;
            var canonical = CanonicalLink.From(link);
            var domain = Field(article, "domain", MaxDomainLength).Trim();
            return new NewsItem(feedId, StableId.Of(canonical), title, string.Empty, link, canonical,
                SeenDate(Field(article, "seendate", 32)) ?? firstSeen,
                SearchEdition.ForGdeltName(Field(article, "language", 64))?.Language,
                domain.Length > 0 ? domain : link.Host)
            {
                IsHeadlineOnly = true,
            };
        }

        /// <summary>A string field, cut to its bound before any further work; anything else reads as empty.</summary>
        private static string Field(JsonElement article, string name, int maxLength)
        {
            if (!article.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.String)
                return string.Empty;
            var text = value.GetString() ?? string.Empty;
            return text.Length <= maxLength ? text : text[..(char.IsHighSurrogate(text[maxLength - 1]) ? maxLength - 1 : maxLength)];
        }

        private static Uri? WebLink(string url) =>
            Uri.TryCreate(url.Trim(), UriKind.Absolute, out var link) && (link.Scheme == Uri.UriSchemeHttp || link.Scheme == Uri.UriSchemeHttps)
                ? link
                : null;

        /// <summary>When GDELT first saw the article, in UTC: the closest it tells to publication.</summary>
        private static DateTimeOffset? SeenDate(string text) =>
            DateTimeOffset.TryParseExact(text.Trim(), "yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var seen)
                ? seen
                : null;
    }
}
