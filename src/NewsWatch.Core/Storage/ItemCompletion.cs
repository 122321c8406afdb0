using NewsWatch.Core.Classification;

namespace NewsWatch.Core.Storage;

/// <summary>What processing an item came to, written when it is marked done.</summary>
public sealed record ItemCompletion(StoredItem Stored, ClassificationResult? Classification, string? AlertId = null, string? DuplicateOfFeed = null);
