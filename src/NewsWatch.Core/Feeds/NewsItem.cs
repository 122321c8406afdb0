namespace NewsWatch.Core.Feeds;

/// <summary>One feed entry, normalised: plain text, absolute links, a stable identity.</summary>
/// <param name="FeedId">The feed that carried the item.</param>
/// <param name="Id">Stable within the feed: the guid/id, else the canonical link, else a hash of title and date.</param>
/// <param name="Title">Plain text: HTML removed, entities decoded, whitespace collapsed.</param>
/// <param name="Summary">Plain text, like <paramref name="Title"/>; empty when the feed gives none.</param>
/// <param name="Link">The item's absolute link, if any.</param>
/// <param name="CanonicalLink">The link without tracking parameters or fragment, used to spot the same story in other feeds.</param>
/// <param name="Published">When the item was published, else when it was first seen.</param>
/// <param name="Language">ISO 639-1 code declared by the item or its feed, if any.</param>
/// <param name="Source">The outlet: the feed's title or host.</param>
public sealed record NewsItem(
    string FeedId,
    string Id,
    string Title,
    string Summary,
    Uri? Link,
    string? CanonicalLink,
    DateTimeOffset Published,
    string? Language,
    string? Source)
{
    /// <summary>
    /// The full article when the feed carries it (RSS content:encoded, Atom content, JSON Feed
    /// content_html or content_text): plain text with one paragraph a line; empty otherwise.
    /// </summary>
    public string Content { get; init; } = string.Empty;

    /// <summary>
    /// The outlet an aggregator's item credits (RSS &lt;source&gt;, Bing's &lt;News:Source&gt;), when
    /// it names one: news searches carry other outlets' articles, so their own title is not the outlet.
    /// </summary>
    public OriginalSource? OriginalSource { get; init; }

    /// <summary>
    /// True when the source gives headlines and nothing more (GDELT, Google News searches): an
    /// empty <see cref="Summary"/> then says nothing about the article, and a later fetch of the
    /// article may tell more. False, the default, for everything a feed parser reads.
    /// </summary>
    public bool IsHeadlineOnly { get; init; }

    /// <summary>
    /// How much of an article is kept: far more than the paragraphs where news is told, and
    /// what one Table Storage column holds.
    /// </summary>
    public const int MaxContentLength = 30_000;

    /// <summary>
    /// How much of a summary is kept: a summary is a paragraph or two, and bounding it keeps
    /// classification bounded too (the same text is read after a crash as before it).
    /// </summary>
    public const int MaxSummaryLength = 16_000;

    /// <summary>How much of a title is kept: a headline is a line, and a feed can send megabytes in one.</summary>
    public const int MaxTitleLength = 2_000;
}
