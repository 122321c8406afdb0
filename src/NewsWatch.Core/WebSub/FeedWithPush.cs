using NewsWatch.Core.Feeds;

namespace NewsWatch.Core.WebSub;

/// <summary>A watched feed as listings show it: with its WebSub push, where a hub pushes it.</summary>
public sealed record FeedWithPush(WatchedFeed Feed, PushStatus? Push);
