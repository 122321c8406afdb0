using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using NewsWatch.Core.Webhooks;
using NewsWatch.Functions.Http;

namespace NewsWatch.Functions.Functions.Webhooks;

/// <summary><c>DELETE /api/subscriptions/{id}</c>: stops and forgets a subscription.</summary>
public sealed class DeleteSubscription(Subscriptions subscriptions)
{
    [Function(nameof(DeleteSubscription))]
    [Role(ApiRole.Admin)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "delete", Route = "subscriptions/{id}")] HttpRequest request,
        string id,
        CancellationToken cancellationToken) =>
        SubscriptionId.IsPlausible(id) && await subscriptions.DeleteAsync(id, cancellationToken)
            ? new EmptyResponse(204)
            : SubscriptionId.NotFound(id);
}
