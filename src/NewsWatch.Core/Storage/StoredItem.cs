using NewsWatch.Core.Feeds;

namespace NewsWatch.Core.Storage;

/// <summary>An item as the Items table remembers it.</summary>
/// <param name="IsDone">False while its alert and deliveries may still be unwritten (a cycle died half way).</param>
public sealed record StoredItem(NewsItem Item, DateTimeOffset FirstSeen, bool IsDone);
