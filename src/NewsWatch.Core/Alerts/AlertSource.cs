using NewsWatch.Core.Classification;
using NewsWatch.Core.Storage;

namespace NewsWatch.Core.Alerts;

/// <summary>One outlet's report of an alert's event.</summary>
public sealed record AlertSource(string Outlet, Uri? Link, string Language, DateTimeOffset Published, string FeedId, string ItemId)
{
    public string? Title { get; init; }

    public static AlertSource Of(StoredItem stored, ClassificationResult classification)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(classification);
        var item = stored.Item;
        return new AlertSource(item.Source ?? item.Link?.Host ?? "unknown", item.Link, classification.Language, item.Published, item.FeedId, item.Id) { Title = item.Title };
    }
}
