using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using NewsWatch.Core.Webhooks;
using NewsWatch.Functions.Functions.Alerts;
using NewsWatch.Functions.Http;

namespace NewsWatch.Functions.Functions.Webhooks;

/// <summary><c>GET /api/subscriptions/{id}/deliveries?limit=</c>: the subscription's deliveries of the last 30 days, newest first, with their state and last error.</summary>
public sealed class ListSubscriptionDeliveries(Subscriptions subscriptions)
{
    private const int DefaultLimit = 50;
    private const int MaxLimit = 200;

    [Function(nameof(ListSubscriptionDeliveries))]
    [Role(ApiRole.Admin)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "subscriptions/{id}/deliveries")] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new FieldErrors();
        var query = new QueryReader(request.Query, errors);
        query.AllowOnly("limit");
        var limit = query.WholeNumber("limit", 1, MaxLimit) ?? DefaultLimit;
        if (errors.Any)
            return errors.ToProblem();
        if (!SubscriptionId.IsPlausible(id) || await subscriptions.RecentDeliveriesAsync(id, limit, cancellationToken) is not { } recent)
            return SubscriptionId.NotFound(id);
        return JsonResponse.Ok(new DeliveryList([.. DeliveryView.Newest(recent)]));
    }
}
