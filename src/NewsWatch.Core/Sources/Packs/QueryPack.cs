using NewsWatch.Core.Sources.Queries;

namespace NewsWatch.Core.Sources.Packs;

/// <summary>
/// The searches that find one kind of news in each language, to poll on news-search feeds.
/// Packs are meant to be broad: the classifier judges what they find, so a missed story costs
/// more than a look-alike let through.
/// </summary>
public sealed record QueryPack(string Name, string Description, IReadOnlyList<PackQuery> Queries)
{
    public IReadOnlyList<string> Languages => [.. Queries.Select(q => q.Lang).Distinct(StringComparer.Ordinal)];

    public IReadOnlyList<SearchQuery> QueriesFor(string lang) =>
        [.. Queries.Where(q => string.Equals(q.Lang, lang, StringComparison.Ordinal)).Select(q => q.Query)];

    /// <summary>Whether any query of the item's language finds the text, as a search would.</summary>
    public bool Finds(string lang, string text)
    {
        var indexed = SearchText.Of(text);
        return Queries.Any(q => string.Equals(q.Lang, lang, StringComparison.Ordinal) && q.Query.Matches(indexed));
    }

    /// <summary>Reads a user's pack file, named after the file unless it has a <c>name</c> line; every bad line is returned, not only the first.</summary>
    public static QueryPackLoad TryLoad(string path)
    {
        using var reader = new StreamReader(path);
        return QueryPackReader.Read(reader, Path.GetFileNameWithoutExtension(path));
    }
}
