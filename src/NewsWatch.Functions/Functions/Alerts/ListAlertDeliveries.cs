using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using NewsWatch.Core.Storage;
using NewsWatch.Core.Webhooks;
using NewsWatch.Functions.Http;

namespace NewsWatch.Functions.Functions.Alerts;

/// <summary><c>GET /api/alerts/{id}/deliveries</c>: every notice the alert caused, to every subscription, newest first.</summary>
public sealed class ListAlertDeliveries(AlertStore alerts, Subscriptions subscriptions)
{
    [Function(nameof(ListAlertDeliveries))]
    [Role(ApiRole.Admin)] // Deliveries name subscriptions, which readers do not see.
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "alerts/{id:minlength(21)}/deliveries")] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        if (id is not { Length: <= 64 } || await alerts.FindAsync(id, cancellationToken) is null)
            return Problems.NotFound($"There is no alert '{id}'.");
        return JsonResponse.Ok(new DeliveryList([.. DeliveryView.Newest(await subscriptions.DeliveriesOfAsync(id, cancellationToken))]));
    }
}
