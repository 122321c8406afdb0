using NewsWatch.Core.Classification;
using NewsWatch.Core.Classification.Knowledge;
using NewsWatch.Core.Sources.Queries;

namespace NewsWatch.Core.Sources.Packs;

/// <summary>
/// Reads the pack format: one <c>lang&lt;TAB&gt;query</c> a line, optional <c>name&lt;TAB&gt;...</c> and
/// <c>description&lt;TAB&gt;...</c> lines, '#' to the end of a line a comment, blank lines skipped.
/// </summary>
public static class QueryPackReader
{
    public static QueryPackLoad Read(TextReader reader, string defaultName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var (name, description) = (defaultName, string.Empty);
        var queries = new List<PackQuery>();
        var errors = new List<PackLineError>();
        foreach (var row in TsvRows.Read(reader))
        {
            if (row.Fields.Length != 2)
                errors.Add(new(row.Line, $"expected a language code, a tab and a query, but found {row.Fields.Length} field(s)."));
            else if (row.Fields[0] == "name")
                name = row.Fields[1];
            else if (row.Fields[0] == "description")
                description = row.Fields[1];
            else
                ReadQuery(row, queries, errors);
        }

        errors.AddRange(OverLanguageBudget(queries));
        errors.Sort((a, b) => a.Line.CompareTo(b.Line));
        if (errors.Count == 0 && queries.Count == 0)
            errors.Add(new(0, "the pack holds no queries."));
        return errors.Count == 0 ? new(new QueryPack(name, description, queries), []) : new(null, errors);
    }

    private static void ReadQuery(TsvRow row, List<PackQuery> queries, List<PackLineError> errors)
    {
        var lang = row.Fields[0];
        if (!SupportedLanguages.IsSupported(lang))
        {
            errors.Add(new(row.Line, $"'{lang}' is not a supported language code ({string.Join(", ", SupportedLanguages.All)}), "
                + "nor 'name' or 'description'."));
            return;
        }

        var parsed = SearchQuery.Parse(row.Fields[1]);
        if (parsed.Query is not { } query)
            errors.Add(new(row.Line, $"the query does not parse: {parsed.Error}"));
        else if (PackBudget.Exceeds(query) is { } overBudget)
            errors.Add(new(row.Line, overBudget));
        else if (SearchSources.UrlRefusal(query.Text, lang) is { } unpollable)
            errors.Add(new(row.Line, unpollable));
        else
            queries.Add(new(lang, query, row.Line));
    }

    // Named at the first query past the budget, so the user knows where the language's share ran out.
    private static IEnumerable<PackLineError> OverLanguageBudget(List<PackQuery> queries) =>
        queries.GroupBy(q => q.Lang, StringComparer.Ordinal)
            .Where(g => g.Count() > PackBudget.MaxQueriesPerLanguage)
            .Select(g => new PackLineError(
                g.ElementAt(PackBudget.MaxQueriesPerLanguage).Line,
                $"'{g.Key}' has {g.Count()} queries; a pack may hold at most {PackBudget.MaxQueriesPerLanguage} a language, "
                + "because each engine is polled politely and a round of every query must stay near 23 minutes."));
}
