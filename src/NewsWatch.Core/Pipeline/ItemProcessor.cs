using Microsoft.Extensions.Options;
using NewsWatch.Core.Alerts;
using NewsWatch.Core.Classification;
using NewsWatch.Core.Feeds;
using NewsWatch.Core.Storage;

namespace NewsWatch.Core.Pipeline;

/// <summary>
/// Takes a feed's items through dedup, classification, alert and outbox, in two steps. Each step is written before the next reads it, and every
/// write is add-if-absent or keyed by the item, so redoing items a dead cycle left pending
/// neither loses nor doubles anything. Items first seen long after they were published
/// (<see cref="AlertOptions.MaxAge"/>) are stored and classified but raise no alert. An item
/// below the alert threshold that names someone in full may join an open story as a source.
/// </summary>
public sealed class ItemProcessor(
    ItemStore items,
    AlertRaiser raiser,
    Classifier classifier,
    IOptions<ClassificationOptions> options,
    IOptions<AlertOptions> alertOptions,
    TimeProvider time)
{
    /// <summary>
    /// Records a feed's new items. Those that reach no story, and those another feed carried
    /// first, are recorded done at once: ordinary news costs one write per item. Items that raise
    /// an alert or may join one as a follow-up are recorded pending (after <paramref name="markPending"/> has marked the feed, so a
    /// crash leaves them findable) and returned, with any a dead cycle left, for
    /// <see cref="FinishAsync"/>; Settled counts the new items recorded done that are not duplicates.
    /// </summary>
    /// <param name="isFirstPoll">
    /// The feed has never been polled: nothing of it can be known, so the lookup is skipped.
    /// Were some rows there after all (a poll that died before saving the feed), the
    /// add-if-absent writes leave them as they are.
    /// </param>
    public async Task<Admission> AdmitAsync(IReadOnlyList<NewsItem> parsed, bool isFirstPoll, Func<Task> markPending, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        ArgumentNullException.ThrowIfNull(markPending);
        var (unfinished, fresh) = await SortAsync(parsed, isFirstPoll, cancellationToken);
        if (fresh.Count == 0)
            return new Admission(unfinished, 0, []);

        var firstSeen = time.GetUtcNow();
        var firstFeeds = await items.ClaimLinksAsync(fresh, firstSeen, cancellationToken);
        var toFinish = new List<NewsItem>();
        var settled = new List<ItemCompletion>();
        foreach (var item in fresh)
        {
            var stored = new StoredItem(item, firstSeen, IsDone: false);
            if (firstFeeds.TryGetValue(item.Id, out var firstFeed))
            {
                settled.Add(new ItemCompletion(stored, null, DuplicateOfFeed: firstFeed));
                continue;
            }

            // Classification is pure and cheap: FinishAsync redoes it for the few that reach stories.
            var classification = classifier.Classify(item);
            if (ReachesStories(classification, item.Published, firstSeen))
                toFinish.Add(item);
            else
                settled.Add(new ItemCompletion(stored, classification));
        }

        if (toFinish.Count > 0 || unfinished.Count > 0)
            await markPending();
        var begun = await items.RecordManyAsync(toFinish, settled, firstSeen, cancellationToken);
        return new Admission([.. unfinished, .. begun], settled.Count(c => c.DuplicateOfFeed is null), [.. fresh.Select(item => item.Published)]);
    }

    /// <summary>Classifies pending items, raises or joins their alerts (follow-ups as sources) and marks them done; returns the alerting items that reached an alert.</summary>
    public async Task<int> FinishAsync(IReadOnlyList<StoredItem> pending, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pending);
        var completions = new List<ItemCompletion>(pending.Count);
        foreach (var stored in pending)
        {
            var classification = classifier.Classify(stored.Item);
            var alertId = !ReachesStories(classification, stored.Item.Published, stored.FirstSeen) ? null
                : classification.IsAlert(options.Value.MinScore) ? await raiser.RaiseAsync(stored, classification, cancellationToken)
                : await raiser.JoinAsync(stored, classification, cancellationToken);
            completions.Add(new ItemCompletion(stored, classification, alertId));
        }

        await items.CompleteManyAsync(completions, cancellationToken);
        // Follow-ups joined as sources are no alerts of their own.
        return completions.Count(c => c.AlertId is not null && c.Classification!.IsAlert(options.Value.MinScore));
    }

    // An alerting report raises or joins a story; one below the threshold but above the join score
    // that names someone in full may join one as a source (AlertRaiser.JoinAsync); the rest are
    // settled at once, without a story lookup. Old news does neither.
    private bool ReachesStories(ClassificationResult classification, DateTimeOffset published, DateTimeOffset firstSeen) =>
        !ReportTime.IsOldNews(published, firstSeen, alertOptions.Value.MaxAge)
        && (classification.IsAlert(options.Value.MinScore)
            || (classification.IsAlert(alertOptions.Value.JoinMinScore) && AlertRaiser.CanFollowUp(classification)));

    /// <summary>Splits a feed's items into those a dead cycle left unfinished and those never seen.</summary>
    private async Task<(List<StoredItem> Unfinished, List<NewsItem> Fresh)> SortAsync(IReadOnlyList<NewsItem> parsed, bool isFirstPoll, CancellationToken cancellationToken)
    {
        // A feed can repeat an item (same guid twice); the first occurrence stands for both.
        var distinct = parsed.DistinctBy(item => (item.FeedId, item.Id)).ToList();
        var known = distinct.Count == 0 || isFirstPoll
            ? new Dictionary<string, StoredItem>()
            : await items.FindManyAsync(distinct[0].FeedId, distinct.Select(i => i.Id), cancellationToken);
        return ([.. known.Values.Where(stored => !stored.IsDone)], [.. distinct.Where(item => !known.ContainsKey(item.Id))]);
    }
}
