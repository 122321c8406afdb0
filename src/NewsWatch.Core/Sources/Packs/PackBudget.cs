using NewsWatch.Core.Sources.Queries;

namespace NewsWatch.Core.Sources.Packs;

/// <summary>
/// How much a pack may ask of the search engines. NewsWatch sends each engine at most one request
/// every 10 s, so 20 queries in each of the seven languages (140 an engine) make a round of 23
/// minutes of gaps alone, 25 to 30 with the pauses between poll cycles: the longest a report
/// found only by search may wait. Outlets' own feeds are polled
/// faster and do not share this budget. Engines also cap a query's size (Google drops words past
/// about 32; long URLs are refused), so each query is bounded too.
/// </summary>
public static class PackBudget
{
    public const int MaxQueriesPerLanguage = 20;

    public const int MaxWordsPerQuery = 32;

    public const int MaxCharactersPerQuery = 400;

    /// <summary>Why the query is over budget, or null when it fits; characters are those of the canonical text sent to engines.</summary>
    public static string? Exceeds(SearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.WordCount > MaxWordsPerQuery)
            return $"the query has {query.WordCount} words; a query may have at most {MaxWordsPerQuery} (words inside phrases count, OR and parentheses do not).";
        if (query.Text.Length > MaxCharactersPerQuery)
            return $"the query is {query.Text.Length} characters long; a query may be at most {MaxCharactersPerQuery}.";
        return null;
    }
}
