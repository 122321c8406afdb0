using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using NewsWatch.Core.WebSub;
using NewsWatch.Functions.Http;

namespace NewsWatch.Functions.Functions.Feeds;

/// <summary><c>GET /api/feeds</c>: every watched feed with its polling state, and its WebSub push where a hub pushes it.</summary>
public sealed class ListFeeds(FeedPushListing feeds, TimeProvider time)
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
        var now = time.GetUtcNow();
        return JsonResponse.Ok((await feeds.ListAsync(cancellationToken)).OrderBy(f => f.Feed.Url.AbsoluteUri, StringComparer.Ordinal).Select(f => FeedListing.Of(f.Feed, f.Push, now)).ToList());
    }
}
