using NewsWatch.Core.Feeds;
using NewsWatch.Core.Storage;

namespace NewsWatch.Core.Pipeline;

/// <summary>
/// Takes a feed's parsed items in, however they came (a poll, or a WebSub push): dedup,
/// classification, alerts and outbox through the <see cref="ItemProcessor"/>. Items raising no
/// alert are recorded done straight away; alerting ones are recorded pending first, after the
/// feed is marked, so that a crash leaves them for the next cycle to finish.
/// </summary>
public sealed class FeedIntake(FeedStore feeds, ItemStore items, ItemProcessor processor)
{
    /// <summary>What taking a feed's items in did: the feed as stored (pending marker cleared, items counted), and its new posts.</summary>
    public sealed record Result(WatchedFeed Feed, int NewItems, int Alerts, IReadOnlyList<DateTimeOffset> NewPosts);

    /// <summary>A poll's intake: the poll owns the feed's row, and marks it over the version it read.</summary>
    public async Task<Result> TakeInAsync(WatchedFeed feed, IReadOnlyList<NewsItem> parsed, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feed);
        var marked = feed;
        var (admitted, alerts, newItems) = await AdmitAndFinishAsync(feed, parsed, async () => marked = await feeds.RecordPollAsync(feed with { PendingSince = now }, cancellationToken) ?? feed, cancellationToken);
        return new Result(marked with { PendingSince = null, ItemCount = marked.ItemCount + newItems, DailyItems = marked.DailyItems.Add(now, newItems) }, newItems, alerts, admitted.NewPosts);
    }

    /// <summary>
    /// A push's intake: it first finishes what a dead cycle left pending, then changes only its
    /// own fields of the feed's row (the pending marker it set, the item count, the newest post),
    /// on the row as it is when written, so a poll running meanwhile loses nothing.
    /// </summary>
    public async Task<Result> TakePushAsync(WatchedFeed feed, IReadOnlyList<NewsItem> parsed, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feed);
        var recovered = await FinishPendingAsync(feed, cancellationToken);
        var marker = (DateTimeOffset?)null;
        var (admitted, alerts, newItems) = await AdmitAndFinishAsync(feed, parsed, async () =>
        {
            marker = now;
            await feeds.UpdateAsync(feed.Id, fresh => fresh with { PendingSince = fresh.PendingSince ?? now }, cancellationToken);
        }, cancellationToken);
        var newest = admitted.NewPosts.Where(at => at <= now).DefaultIfEmpty().Max();
        var stored = await feeds.UpdateAsync(feed.Id, fresh => fresh with
        {
            ItemCount = fresh.ItemCount + newItems,
            DailyItems = fresh.DailyItems.Add(now, newItems),
            LastItemAt = newItems > 0 && newest > (fresh.LastItemAt ?? DateTimeOffset.MinValue) ? newest : fresh.LastItemAt,
            PendingSince = fresh.PendingSince == marker ? null : fresh.PendingSince,
        }, cancellationToken);
        return new Result(stored ?? feed, newItems, alerts + recovered, admitted.NewPosts);
    }

    /// <summary>Finishes the items a dead cycle left pending on a marked feed; returns the alerts they raised.</summary>
    public async Task<int> FinishPendingAsync(WatchedFeed feed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feed);
        if (feed.PendingSince is null)
            return 0;
        return await processor.FinishAsync(await items.ListPendingAsync(feed.Id, cancellationToken), cancellationToken);
    }

    private async Task<(Admission Admitted, int Alerts, int NewItems)> AdmitAndFinishAsync(WatchedFeed feed, IReadOnlyList<NewsItem> parsed, Func<Task> markPending, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        var hinted = parsed.Select(item => item with { Language = item.Language ?? feed.Language }).ToList();
        var isFirstPoll = feed.LastSuccessAt is null && feed.ItemCount == 0 && feed.PendingSince is null;
        // Marking the feed pending writes its row: later writes go over the version it made.
        var admitted = await processor.AdmitAsync(hinted, isFirstPoll, markPending, cancellationToken);
        var alerts = await processor.FinishAsync(admitted.Pending, cancellationToken);
        return (admitted, alerts, admitted.Pending.Count + admitted.Settled);
    }
}
