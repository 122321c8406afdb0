using NewsWatch.Core.Storage;

namespace NewsWatch.Core.Pipeline;

/// <summary>What admitting a feed's items found: the ones to classify now, and how many other feeds had first.</summary>
public sealed record Admission(IReadOnlyList<StoredItem> Pending, int Duplicates);
