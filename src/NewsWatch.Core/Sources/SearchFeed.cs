namespace NewsWatch.Core.Sources;

/// <summary>What a search source asks: an engine, a query in the engines' common syntax, and a language.</summary>
/// <param name="Query">As the user wrote it: words, "phrases", OR, parentheses, -exclusion.</param>
/// <param name="Language">ISO 639-1 code of a supported <see cref="SearchEdition"/>.</param>
public sealed record SearchFeed(SearchEngine Engine, string Query, string Language);
