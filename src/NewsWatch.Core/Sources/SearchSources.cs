using NewsWatch.Core.Feeds;
using NewsWatch.Core.Pipeline;
using NewsWatch.Core.Sources.Packs;
using NewsWatch.Core.Sources.Queries;
using NewsWatch.Core.Storage;

namespace NewsWatch.Core.Sources;

/// <summary>
/// Adds searches as sources. A search source is a feed whose URL is an engine's search feed for
/// the query and language (<see cref="SearchFeedUrl"/>): it is stored, polled, listed, exported
/// and removed like any feed, and the poller knows it from its URL.
/// </summary>
public sealed class SearchSources(FeedStore feeds, FeedRemoval removal)
{
    /// <summary>Every engine, in the order their feeds are added.</summary>
    public static readonly IReadOnlyList<SearchEngine> AllEngines = [SearchEngine.GoogleNews, SearchEngine.BingNews, SearchEngine.Gdelt];

    /// <summary>Why the search cannot be a source (a query that does not parse, a language no engine edition serves, a URL too long to watch), or null.</summary>
    public static string? Refusal(string? query, string? language) => QueryRefusal(query) ?? LanguageRefusal(language) ?? UrlRefusal(query!, language!);

    /// <summary>
    /// Why a parsed query in a served language still cannot be polled: every engine's URL is
    /// built and checked, so that nothing is stored for one engine and refused for another.
    /// </summary>
    public static string? UrlRefusal(string query, string language)
    {
        var canonical = SearchQuery.Create(query).Text;
        if (SearchFeedUrl.Refusal(canonical, language) is { } refusal)
            return refusal;
        var longest = AllEngines.Max(engine => SearchFeedUrl.For(engine, canonical, language).AbsoluteUri.Length);
        return longest > WatchedFeed.MaxUrlLength
            ? $"The search query makes a URL of {longest} characters once encoded; a watched URL may have at most {WatchedFeed.MaxUrlLength}. Shorten the query."
            : null;
    }

    /// <summary>Why the query cannot be searched (empty, unparseable, too long for the engines' URLs), or null.</summary>
    public static string? QueryRefusal(string? query)
    {
        if (string.IsNullOrWhiteSpace(query))
            return "The search query is empty: give the words or \"phrases\" to search for.";
        var parsed = SearchQuery.Parse(query);
        if (parsed.Error is { } error)
            return error;
        var length = parsed.Query!.Text.Length;
        return length > SearchFeedUrl.MaxQueryLength ? $"The search query is {length} characters long; the engines take at most {SearchFeedUrl.MaxQueryLength}." : null;
    }

    /// <summary>Why no engine edition serves the language, or null.</summary>
    public static string? LanguageRefusal(string? language) => SearchEdition.For(language) is null
        ? $"News search does not support the language \"{language}\": use one of {SearchEdition.SupportedCodes}."
        : null;

    /// <summary>Adds one feed per engine for the query; those already watched are returned as they are.</summary>
    /// <exception cref="ArgumentException">The search is refused (see <see cref="Refusal"/>): hosts check first.</exception>
    public Task<IReadOnlyList<SearchSource>> AddAsync(string query, string language, IEnumerable<SearchEngine> engines, CancellationToken cancellationToken) =>
        EachEngineAsync(query, language, engines, async (engine, url, canonical) => await AddOneAsync(engine, url, canonical, language, cancellationToken));

    /// <summary>Stops watching the query's feed in each engine; returns the feeds that were watched and are no longer.</summary>
    /// <exception cref="ArgumentException">The search is refused (see <see cref="Refusal"/>): hosts check first.</exception>
    public Task<IReadOnlyList<SearchSource>> RemoveAsync(string query, string language, IEnumerable<SearchEngine> engines, CancellationToken cancellationToken) =>
        EachEngineAsync(query, language, engines, async (engine, url, _) =>
        {
            var id = WatchedFeed.IdFor(url);
            return await feeds.FindAsync(id, cancellationToken) is { } feed && await removal.RemoveAsync(id, cancellationToken)
                ? new SearchSource(engine, feed, IsNew: false)
                : null;
        });

    /// <summary>Adds every query of the pack in the given languages (all of the pack's when none are given).</summary>
    public Task<IReadOnlyList<SearchSource>> AddPackAsync(QueryPack pack, IReadOnlyCollection<string> languages, IEnumerable<SearchEngine> engines, CancellationToken cancellationToken) =>
        EachQueryAsync(pack, languages, engines, (query, language, chosen) => AddAsync(query, language, chosen, cancellationToken));

    /// <summary>Stops watching every query of the pack in the given languages (all of the pack's when none are given).</summary>
    public Task<IReadOnlyList<SearchSource>> RemovePackAsync(QueryPack pack, IReadOnlyCollection<string> languages, IEnumerable<SearchEngine> engines, CancellationToken cancellationToken) =>
        EachQueryAsync(pack, languages, engines, (query, language, chosen) => RemoveAsync(query, language, chosen, cancellationToken));

    /// <summary>How a search feed is titled in listings: the engine, the query and the language.</summary>
    public static string TitleOf(SearchEngine engine, string query, string language) =>
        $"{SearchEngines.Name(engine)} search [{language}]: {query}";

    /// <summary>Does <paramref name="change"/> for the search feed of each engine; the query is refused first, so that no engine's feed changes when another's could not.</summary>
    private static async Task<IReadOnlyList<SearchSource>> EachEngineAsync(string query, string language, IEnumerable<SearchEngine> engines, Func<SearchEngine, Uri, string, Task<SearchSource?>> change)
    {
        ArgumentNullException.ThrowIfNull(engines);
        if (Refusal(query, language) is { } refusal)
            throw new ArgumentException(refusal, nameof(query));
        var canonical = SearchQuery.Create(query).Text;
        var changed = new List<SearchSource>();
        foreach (var engine in engines.Distinct())
        {
            if (await change(engine, SearchFeedUrl.For(engine, canonical, language), canonical) is { } source)
                changed.Add(source);
        }

        return changed;
    }

    private static async Task<IReadOnlyList<SearchSource>> EachQueryAsync(
        QueryPack pack, IReadOnlyCollection<string> languages, IEnumerable<SearchEngine> engines, Func<string, string, IReadOnlyList<SearchEngine>, Task<IReadOnlyList<SearchSource>>> change)
    {
        ArgumentNullException.ThrowIfNull(pack);
        ArgumentNullException.ThrowIfNull(languages);
        var chosen = engines.Distinct().ToList();
        var changed = new List<SearchSource>();
        foreach (var query in pack.Queries.Where(q => languages.Count == 0 || languages.Contains(q.Lang)))
            changed.AddRange(await change(query.Query.Text, query.Lang, chosen));
        return changed;
    }

    private async Task<SearchSource> AddOneAsync(SearchEngine engine, Uri url, string canonical, string language, CancellationToken cancellationToken)
    {
        // A search feed keeps the id of the URL built for it, even if the engine moves it: a point read finds it.
        if (await feeds.FindAsync(WatchedFeed.IdFor(url), cancellationToken) is { } existing)
            return new SearchSource(engine, existing, IsNew: false);
        var feed = await feeds.AddAsync(url, TitleOf(engine, canonical, language), language, cancellationToken);
        return new SearchSource(engine, feed, IsNew: true);
    }
}
