using NewsWatch.Core.Feeds;
using NewsWatch.Core.Storage;

namespace NewsWatch.Core.Pipeline;

/// <summary>
/// Takes a feed's parsed items in, however they came (a poll, or a WebSub push): dedup,
/// classification, alerts and outbox through the <see cref="ItemProcessor"/>. Items raising no
/// alert are recorded done straight away; alerting ones are recorded pending first, after the
/// feed is marked, so that a crash leaves them for the next cycle to finish.
/// </summary>
public sealed class FeedIntake(FeedStore feeds, ItemProcessor processor)
{
    /// <summary>What taking a feed's items in did: the feed as stored (pending marker cleared, items counted), and its new posts.</summary>
    public sealed record Result(WatchedFeed Feed, int NewItems, int Alerts, IReadOnlyList<DateTimeOffset> NewPosts);

    public async Task<Result> TakeInAsync(WatchedFeed feed, IReadOnlyList<NewsItem> items, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feed);
        ArgumentNullException.ThrowIfNull(items);
        var hinted = items.Select(item => item with { Language = item.Language ?? feed.Language }).ToList();
        var isFirstPoll = feed.LastSuccessAt is null && feed.ItemCount == 0 && feed.PendingSince is null;
        // Marking the feed pending writes its row: later writes go over the version it made.
        var marked = feed;
        var admitted = await processor.AdmitAsync(hinted, isFirstPoll, async () => marked = await feeds.RecordPollAsync(feed with { PendingSince = now }, cancellationToken) ?? feed, cancellationToken);
        var alerts = await processor.FinishAsync(admitted.Pending, cancellationToken);
        var newItems = admitted.Pending.Count + admitted.Settled;
        return new Result(marked with { PendingSince = null, ItemCount = marked.ItemCount + newItems }, newItems, alerts, admitted.NewPosts);
    }
}
