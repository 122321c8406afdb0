using NewsWatch.Core.Storage;

namespace NewsWatch.Core.WebSub;

/// <summary>
/// Every watched feed with its push state, for the listings of the API and the CLI: one read of
/// each table, and only the status columns of the subscriptions, so listing never opens a
/// callback token or a hub secret.
/// </summary>
public sealed class FeedPushListing(FeedStore feeds, HubSubscriptionStore pushes)
{
    public async Task<IReadOnlyList<FeedWithPush>> ListAsync(CancellationToken cancellationToken)
    {
        var all = await feeds.ListAsync(cancellationToken);
        var pushed = await pushes.ListStatusesAsync(cancellationToken);
        return [.. all.Select(feed => new FeedWithPush(feed, pushed.GetValueOrDefault(feed.Id)))];
    }
}
