using NewsWatch.Core.Storage;

namespace NewsWatch.Core.Pipeline;

/// <summary>What admitting a feed's items found.</summary>
/// <param name="Pending">Items recorded pending, to finish: new alerting ones and any a dead cycle left.</param>
/// <param name="Settled">New items recorded done straight away, duplicates of other feeds' items not counted.</param>
/// <param name="NewPosts">When each item never seen on this feed before was published: the feed's pace.</param>
public sealed record Admission(IReadOnlyList<StoredItem> Pending, int Settled, IReadOnlyList<DateTimeOffset> NewPosts);
