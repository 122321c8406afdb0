using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using NewsWatch.Core.Storage;
using NewsWatch.Functions.Http;

namespace NewsWatch.Functions.Functions.Feeds;

/// <summary><c>GET /api/feeds</c>: every watched feed with its polling state, and its WebSub push where a hub pushes it.</summary>
public sealed class ListFeeds(FeedStore feeds, HubSubscriptionStore pushes, TimeProvider time)
{
    [Function(nameof(ListFeeds))]
    [Role(ApiRole.Admin)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "feeds")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (QueryReader.RefuseAny(request.Query) is { } refused)
            return refused;
        var all = await feeds.ListAsync(cancellationToken);
        var pushed = await pushes.ListStatusesAsync(cancellationToken);
        var now = time.GetUtcNow();
        return JsonResponse.Ok(all.OrderBy(f => f.Url.AbsoluteUri, StringComparer.Ordinal).Select(feed => FeedListing.Of(feed, pushed.GetValueOrDefault(feed.Id), now)).ToList());
    }
}
