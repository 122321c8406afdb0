using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using NewsWatch.Core.Feeds;
using NewsWatch.Core.Storage;
using NewsWatch.Functions.Http;

namespace NewsWatch.Functions.Functions.Feeds;

/// <summary>
/// <c>GET /api/feeds/health</c>: how each feed is doing, for readers. Only the host of its URL is
/// shown and no error text: a feed's URL may carry its own token, and errors name endpoints;
/// admins get both from <c>GET /api/feeds</c>.
/// </summary>
public sealed class FeedHealth(FeedStore feeds, HubSubscriptionStore pushes, TimeProvider time)
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
        var all = await feeds.ListAsync(cancellationToken);
        var pushed = await pushes.ListStatusesAsync(cancellationToken);
        var now = time.GetUtcNow();
        return JsonResponse.Ok(new HealthList([.. all
            .OrderBy(f => f.Title ?? f.Url.Host, StringComparer.OrdinalIgnoreCase)
            .Select(feed => FeedHealthView.Of(feed, pushed.GetValueOrDefault(feed.Id), now))]));
    }

    public sealed record HealthList(IReadOnlyList<FeedHealthView> Feeds);
}
