using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using NewsWatch.Core.Webhooks;
using NewsWatch.Functions.Http;

namespace NewsWatch.Functions.Functions.Webhooks;

/// <summary><c>GET /api/subscriptions/{id}</c>: one subscription, without secrets and with its URL masked.</summary>
public sealed class GetSubscription(Subscriptions subscriptions)
{
    [Function(nameof(GetSubscription))]
    [Role(ApiRole.Admin)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "subscriptions/{id}")] HttpRequest request,
        string id,
        CancellationToken cancellationToken) =>
        SubscriptionId.IsPlausible(id) && await subscriptions.FindAsync(id, cancellationToken) is { } subscription
            ? JsonResponse.Ok(SubscriptionView.Of(subscription))
            : SubscriptionId.NotFound(id);
}
