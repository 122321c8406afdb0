using NewsWatch.Core.Feeds;

namespace NewsWatch.Core.Sources;

/// <summary>One engine's feed of a search, as added: the feed NewsWatch polls, and whether it was new.</summary>
public sealed record SearchSource(SearchEngine Engine, WatchedFeed Feed, bool IsNew);
