using NewsWatch.Core.Storage;
using NewsWatch.Core.WebSub;

namespace NewsWatch.Core.Pipeline;

/// <summary>Stops watching a feed: its row goes, and its hub is asked to stop pushing.</summary>
public sealed class FeedRemoval(FeedStore feeds, HubSubscriber hubs)
{
    /// <summary>False when no feed has the id.</summary>
    public async Task<bool> RemoveAsync(string id, CancellationToken cancellationToken)
    {
        if (!await feeds.RemoveAsync(id, cancellationToken))
            return false;
        await hubs.UnsubscribeAsync(id, cancellationToken);
        return true;
    }
}
