using NewsWatch.Core.Classification;
using NewsWatch.Core.Storage;

namespace NewsWatch.Core.Alerts;

/// <summary>One real event worth telling subscribers about, with why it fired and who reported it.</summary>
public sealed record Alert(
    string Id,
    DateTimeOffset CreatedAt,
    AlertEvent Event,
    IReadOnlyList<AlertEvent> Events,
    double Score,
    string Language,
    IReadOnlyList<string> Orgs,
    IReadOnlyList<string> People,
    IReadOnlyList<string> Teams,
    IReadOnlyList<Evidence> Evidence,
    string Title,
    string Summary,
    Uri? Link,
    IReadOnlyList<AlertSource> Sources)
{
    /// <summary>
    /// The alert an item raises. Its id and time come from the stored item, so a cycle that
    /// redoes the item after a crash builds the very same alert.
    /// </summary>
    public static Alert From(StoredItem stored, ClassificationResult classification)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(classification);
        var item = stored.Item;
        var source = new AlertSource(item.Source ?? item.Link?.Host ?? "unknown", item.Link, classification.Language, item.Published, item.FeedId, item.Id);
        return new Alert(
            IdFor(item.FeedId, item.Id),
            stored.FirstSeen,
            classification.Event,
            classification.Events,
            classification.Score,
            classification.Language,
            classification.Orgs,
            classification.People,
            classification.Teams,
            classification.Evidence,
            item.Title,
            item.Summary,
            item.Link,
            [source]);
    }

    public static string IdFor(string feedId, string itemId) => Feeds.StableId.Of($"{feedId}/{itemId}", 24);
}
