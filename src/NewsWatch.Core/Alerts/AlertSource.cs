using NewsWatch.Core.Classification;
using NewsWatch.Core.Storage;

namespace NewsWatch.Core.Alerts;

/// <summary>One outlet's report of an alert's event.</summary>
public sealed record AlertSource(string Outlet, Uri? Link, string Language, DateTimeOffset Published, string FeedId, string ItemId)
{
    // Every source is listed in its alert's one row: a headline or an outlet name needs no more.
    private const int MaxOutlet = 200;
    private const int MaxTitle = 500;

    public string? Title { get; init; }

    public static AlertSource Of(StoredItem stored, ClassificationResult classification)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(classification);
        var item = stored.Item;
        var outlet = TableText.Fit(item.Source ?? item.Link?.Host ?? "unknown", MaxOutlet);
        return new AlertSource(outlet, item.Link, classification.Language, item.Published, item.FeedId, item.Id) { Title = TableText.Fit(item.Title, MaxTitle) };
    }
}
