using Microsoft.Extensions.Options;
using NewsWatch.Core.Alerts;
using NewsWatch.Core.Classification;
using NewsWatch.Core.Feeds;
using NewsWatch.Core.Storage;

namespace NewsWatch.Core.Pipeline;

/// <summary>
/// Takes one parsed item through dedup, classification, alert and outbox. Each step is
/// written before the next reads it and every write is add-if-absent, so redoing an item
/// a dead cycle left pending neither loses nor doubles anything.
/// </summary>
public sealed class ItemProcessor(
    ItemStore items,
    AlertStore alerts,
    Outbox outbox,
    Classifier classifier,
    IOptions<ClassificationOptions> options,
    TimeProvider time)
{
    public async Task<ItemOutcome> ProcessAsync(NewsItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        var stored = await items.FindAsync(item.FeedId, item.Id, cancellationToken);
        if (stored is { IsDone: true })
            return ItemOutcome.Seen;

        if (stored is null)
        {
            var firstFeed = await items.ClaimLinkAsync(item, cancellationToken);
            stored = await items.BeginAsync(item, time.GetUtcNow(), cancellationToken);
            if (firstFeed is not null)
            {
                await items.CompleteAsync(stored, null, null, firstFeed, cancellationToken);
                return ItemOutcome.Duplicate;
            }
        }

        return await FinishAsync(stored, cancellationToken);
    }

    /// <summary>Classifies a stored item and writes what follows from it.</summary>
    public async Task<ItemOutcome> FinishAsync(StoredItem stored, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var classification = classifier.Classify(stored.Item);
        if (!classification.IsAlert(options.Value.MinScore))
        {
            await items.CompleteAsync(stored, classification, null, null, cancellationToken);
            return ItemOutcome.Classified;
        }

        var alert = Alert.From(stored, classification);
        var key = await alerts.AddAsync(alert, cancellationToken);
        await outbox.EnqueueAsync(alert, key, cancellationToken);
        await items.CompleteAsync(stored, classification, alert.Id, null, cancellationToken);
        return ItemOutcome.Alerted;
    }
}
