using NewsWatch.Core.Classification;
using NewsWatch.Core.Storage;

namespace NewsWatch.Core.Alerts;

/// <summary>One outlet's report of an alert's event.</summary>
public sealed record AlertSource(string Outlet, Uri? Link, string Language, DateTimeOffset Published, string FeedId, string ItemId)
{
    // Every source is listed in its alert's one row: a headline or an outlet name needs no more.
    private const int MaxOutlet = 200;
    private const int MaxTitle = 500;

    // Each report keeps the evidence found in its own headline, so that a story shows why every
    // report counted; a headline holds few spans, and the row must fit dozens of reports.
    private const int MaxEvidence = 8;

    public string? Title { get; init; }

    /// <summary>When NewsWatch first saw this report.</summary>
    public DateTimeOffset? SeenAt { get; init; }

    /// <summary>What this report on its own was classified as.</summary>
    public AlertEvent? Counted { get; init; }

    /// <summary>What the report did to its story; null on sources stored before it was kept.</summary>
    public StoryGrowth? Growth { get; init; }

    /// <summary>The story's headline event once this report was in.</summary>
    public AlertEvent? StoryEvent { get; init; }

    /// <summary>The spans of <see cref="Title"/> that counted, with offsets into it.</summary>
    public IReadOnlyList<Evidence> Evidence { get; init; } = [];

    public static AlertSource Of(StoredItem stored, ClassificationResult classification)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(classification);
        var item = stored.Item;
        var outlet = TableText.Fit(item.Source ?? item.Link?.Host ?? "unknown", MaxOutlet);
        var title = TableText.Fit(item.Title, MaxTitle);
        return new AlertSource(outlet, item.Link, classification.Language, item.Published, item.FeedId, item.Id)
        {
            Title = title,
            SeenAt = stored.FirstSeen,
            Counted = classification.Event,
            Growth = StoryGrowth.Created,
            StoryEvent = classification.Event,
            Evidence = [.. classification.Evidence.Where(e => e.Text.Length > 0 && e.Start + e.Text.Length <= title.Length).Take(MaxEvidence)],
        };
    }
}
