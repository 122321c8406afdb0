using NewsWatch.Core.Classification;
using NewsWatch.Core.Storage;

namespace NewsWatch.Core.Alerts;

/// <summary>
/// The text of every report an alert lists, read back from the Items table (one query per feed
/// for that feed's reports) and read again by the classifier, so a story shows each report's
/// evidence in its own words. Reports no longer stored are left out.
/// </summary>
public sealed class StoryReports(ItemStore items, Classifier classifier)
{
    public async Task<IReadOnlyList<ReportText>> ReadAsync(Alert alert, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(alert);
        var stored = new Dictionary<(string Feed, string Item), StoredItem>();
        foreach (var feed in alert.Sources.GroupBy(s => s.FeedId, StringComparer.Ordinal))
        {
            foreach (var (id, item) in await items.FindManyAsync(feed.Key, feed.Select(s => s.ItemId), cancellationToken))
                stored[(feed.Key, id)] = item;
        }

        return [.. alert.Sources
            .Select(source => stored.GetValueOrDefault((source.FeedId, source.ItemId)))
            .OfType<StoredItem>()
            .Select(item => ReportText.Of(item, classifier))];
    }
}
