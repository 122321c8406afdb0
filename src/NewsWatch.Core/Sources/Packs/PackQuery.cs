using NewsWatch.Core.Sources.Queries;

namespace NewsWatch.Core.Sources.Packs;

/// <summary>One search of a pack, in the language whose news it finds; <paramref name="Line"/> is where the pack file holds it.</summary>
public sealed record PackQuery(string Lang, SearchQuery Query, int Line);
