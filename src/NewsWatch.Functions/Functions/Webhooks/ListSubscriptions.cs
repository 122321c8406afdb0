using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using NewsWatch.Core.Webhooks;
using NewsWatch.Functions.Http;

namespace NewsWatch.Functions.Functions.Webhooks;

/// <summary><c>GET /api/subscriptions</c>: every subscription, without secrets and with URLs masked.</summary>
public sealed class ListSubscriptions(Subscriptions subscriptions)
{
    [Function(nameof(ListSubscriptions))]
    [Role(ApiRole.Admin)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "subscriptions")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (QueryReader.RefuseAny(request.Query) is { } refused)
            return refused;
        var all = await subscriptions.ListAsync(cancellationToken);
        return JsonResponse.Ok(all.OrderBy(s => s.CreatedAt).Select(s => SubscriptionView.Of(s)).ToList());
    }
}
