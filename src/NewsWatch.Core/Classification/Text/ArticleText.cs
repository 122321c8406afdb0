namespace NewsWatch.Core.Classification.Text;

/// <summary>
/// The text an item is classified on: its summary and, when the feed carries the article, the
/// article's paragraphs, without the lines that belong to other stories. A "Read also" link
/// names another story's news, and an embedded post repeats or reacts to this one, so neither
/// may set the event.
/// </summary>
internal static class ArticleText
{
    // Folded, lower-case line openings of links to other stories, in the seven languages.
    private static readonly string[] OtherStoryOpenings =
    [
        "read also", "read more", "see also", "related:", "also read", "more on this",
        "lire aussi", "a lire aussi", "voir aussi", "a voir aussi",
        "lesen sie auch", "mehr zum thema", "auch interessant", "siehe auch",
        "lees ook", "zie ook", "lees meer", "meer over",
        "lee tambien", "leer mas", "ver tambien", "te puede interesar",
        "leggi anche", "vedi anche", "potrebbe interessarti",
        "leia tambem", "leia mais", "veja tambem", "saiba mais",
    ];

    private static readonly string[] EmbeddedPostMarkers = ["pic.twitter.com", "twitter.com/", "x.com/", "bsky.app/", "threads.net/", "(@"];

    /// <summary>
    /// The summary followed by the article, or the article alone when it already opens with the
    /// summary; and where the article body starts, past that lede (the summary, else the article's
    /// first paragraph), since what comes later weighs less as a look-alike. A summary that carries
    /// a whole article, with no content beside it, is read as that article.
    /// </summary>
    public static (string Text, int ArticleStart) Body(string summary, string content)
    {
        if (string.IsNullOrWhiteSpace(content))
            return CarriesAnArticle(summary) ? Body(string.Empty, summary) : (summary, summary.Length);
        var article = string.Join('\n', content.Split('\n').Where(IsOwnLine));
        if (summary.Length > 0 && !Opens(article, summary))
            return (string.Concat(summary, "\n", article), summary.Length + 1);
        var firstParagraph = article.IndexOf('\n', StringComparison.Ordinal);
        return (article, firstParagraph < 0 ? article.Length : firstParagraph + 1);
    }

    // Some feeds put the whole article in the summary: paragraphs, "Read also" links and all. Such a
    // summary is read as an article, with its first paragraph as the lede; a summary of a few
    // sentences, even in two paragraphs, stays a lede.
    private const int MinArticleSummary = 600;

    private static bool CarriesAnArticle(string summary) =>
        summary.Length >= MinArticleSummary && summary.AsSpan().Trim().Contains('\n');

    private static bool IsOwnLine(string line)
    {
        var trimmed = line.TrimStart(' ', '\t', '»', '>', '→', '-', '–', '—', '*', '•');
        if (trimmed.Length == 0)
            return false;
        var head = AccentFolding.Fold(trimmed[..Math.Min(trimmed.Length, 40)].ToLowerInvariant());
        if (Array.Exists(OtherStoryOpenings, opening => head.StartsWith(opening, StringComparison.Ordinal)))
            return false;
        return !Array.Exists(EmbeddedPostMarkers, marker => ContainsWord(trimmed, marker));
    }

    // "x.com/" must not match inside "netflix.com/": the marker starts a word.
    private static bool ContainsWord(string line, string marker)
    {
        for (var at = line.IndexOf(marker, StringComparison.OrdinalIgnoreCase); at >= 0; at = line.IndexOf(marker, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            if (at == 0 || !char.IsLetterOrDigit(line[at - 1]))
                return true;
        }

        return false;
    }

    // Feeds often put the article's first paragraph, or its first sentences, in the summary too.
    private static bool Opens(string article, string summary)
    {
        var probe = summary.Length > 120 ? summary[..120] : summary;
        var window = article.Length > 4 * probe.Length + 200 ? article[..(4 * probe.Length + 200)] : article;
        return window.Replace('\n', ' ').Contains(probe, StringComparison.Ordinal);
    }
}
