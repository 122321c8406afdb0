using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using NewsWatch.Core.Feeds;
using NewsWatch.Core.WebSub;
using NewsWatch.Functions.Http;

namespace NewsWatch.Functions.Functions.Feeds;

/// <summary>
/// <c>GET /api/feeds/health</c>: how each feed is doing, for readers. Only the host of its URL is
/// shown and no error text: a feed's URL may carry its own token, and errors name endpoints;
/// admins get both from <c>GET /api/feeds</c>.
/// </summary>
public sealed class FeedHealth(FeedPushListing feeds, TimeProvider time)
{
    [Function(nameof(FeedHealth))]
    [Role(ApiRole.Reader)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "feeds/health")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (QueryReader.RefuseAny(request.Query) is { } refused)
            return refused;
        var now = time.GetUtcNow();
        return JsonResponse.Ok(new HealthList([.. (await feeds.ListAsync(cancellationToken))
            .OrderBy(f => f.Feed.Title ?? f.Feed.Url.Host, StringComparer.OrdinalIgnoreCase)
            .Select(f => FeedHealthView.Of(f.Feed, f.Push, now))]));
    }

    public sealed record HealthList(IReadOnlyList<FeedHealthView> Feeds);
}
