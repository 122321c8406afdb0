using System.Text.RegularExpressions;
using System.Web;

namespace NewsWatch.Core.Sources;

/// <summary>
/// The URL a search source is polled at, and back: a stored feed URL says which search it is.
/// The query is only percent-encoded; its syntax is the engines' own.
/// </summary>
public static partial class SearchFeedUrl
{
    /// <summary>
    /// Percent-encoding can triple a query, and some servers refuse URLs past about 2,000
    /// characters; a query of a dozen OR'd names and phrases stays well under this.
    /// </summary>
    public const int MaxQueryLength = 500;

    /// <summary>The URL to poll. Throws <see cref="ArgumentException"/> with <see cref="Refusal"/>'s message for what no engine would answer.</summary>
    public static Uri For(SearchEngine engine, string query, string language, GdeltWindow? window = null)
    {
        if (Refusal(query, language, window) is { } refusal)
            throw new ArgumentException(refusal, nameof(query));
        var edition = SearchEdition.For(language)!;
        var q = Uri.EscapeDataString(query.Trim());
        return new Uri(engine switch
        {
            SearchEngine.GoogleNews =>
                $"https://news.google.com/rss/search?q={q}&hl={edition.GoogleLocale}&gl={edition.Country}&ceid={edition.Country}:{edition.GoogleLanguage}",
            // cc, not mkt: Bing's documentation calls the two mutually exclusive, and setlang
            // plus cc name the language and the country as plainly as mkt's "fr-FR" would.
            SearchEngine.BingNews =>
                $"https://www.bing.com/news/search?q={q}&format=rss&setlang={edition.Language}&cc={edition.Country}",
            SearchEngine.Gdelt => GdeltUrl(query.Trim(), edition, window ?? GdeltWindow.Default),
            _ => throw new ArgumentOutOfRangeException(nameof(engine), engine, "Not a search engine NewsWatch knows."),
        });
    }

    /// <summary>
    /// Why a search cannot be made, in a sentence the CLI can show, or null when it can.
    /// </summary>
    public static string? Refusal(string? query, string? language, GdeltWindow? window = null)
    {
        if (string.IsNullOrWhiteSpace(query))
            return "The search query is empty: give the words or \"phrases\" to search for.";
        if (query.Trim().Length > MaxQueryLength)
            return $"The search query is {query.Trim().Length} characters long; the engines take at most {MaxQueryLength}.";
        if (query.Any(char.IsControl))
            return "The search query holds a line break or control character: write it on one line.";
        if (SearchEdition.For(language) is null)
            return $"News search does not support the language \"{language}\": use one of {SearchEdition.SupportedCodes}.";
        return window?.Refusal();
    }

    /// <summary>The search a polled URL stands for, or null when it is not one NewsWatch could have built.</summary>
    public static SearchFeed? TryRead(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (SearchEngines.Of(url) is not { } engine)
            return null;
        var parameters = HttpUtility.ParseQueryString(url.Query);
        var path = url.AbsolutePath.TrimEnd('/');
        var read = engine switch
        {
            SearchEngine.GoogleNews when path == "/rss/search" =>
                (parameters["q"], parameters["ceid"]?.Split(':').Last() ?? parameters["hl"]),
            SearchEngine.BingNews when path == "/news/search" && "rss".Equals(parameters["format"], StringComparison.OrdinalIgnoreCase) =>
                (parameters["q"], parameters["setlang"] ?? parameters["mkt"]),
            SearchEngine.Gdelt when path == "/api/v2/doc/doc" => GdeltQuery(parameters["query"]),
            _ => (null, null),
        };
        return read is (string query, string language) && Refusal(query, language) is null
            ? new SearchFeed(engine, query.Trim(), SearchEdition.For(language)!.Language)
            : null;
    }

    private static string GdeltUrl(string query, SearchEdition edition, GdeltWindow window) =>
        $"https://api.gdeltproject.org/api/v2/doc/doc?query={Uri.EscapeDataString($"{query} sourcelang:{edition.GdeltName}")}"
        + $"&mode=ArtList&format=json&maxrecords={window.MaxRecords}&timespan={window.TimespanText()}&sort=DateDesc";

    /// <summary>GDELT takes the language inside the query; it is split off again to give back the user's query.</summary>
    private static (string? Query, string? Language) GdeltQuery(string? query)
    {
        if (query is null || SourceLanguage().Match(query) is not { Success: true } match)
            return (null, null);
        return (query[..match.Index], SearchEdition.ForGdeltName(match.Groups["name"].Value)?.Language);
    }

    [GeneratedRegex(@"\s+sourcelang:(?<name>[a-z]+)\s*$", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex SourceLanguage();
}
