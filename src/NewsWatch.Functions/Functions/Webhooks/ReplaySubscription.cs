using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using NewsWatch.Core.Webhooks;
using NewsWatch.Functions.Http;

namespace NewsWatch.Functions.Functions.Webhooks;

/// <summary>
/// <c>POST /api/subscriptions/{id}/replay?since=…</c>: queues again the subscription's dead
/// deliveries and, with <c>since</c>, the delivered ones created since then; the delivery timer sends them.
/// </summary>
public sealed class ReplaySubscription(Subscriptions subscriptions)
{
    [Function(nameof(ReplaySubscription))]
    [Role(ApiRole.Admin)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "subscriptions/{id}/replay")] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new FieldErrors();
        var query = new QueryReader(request.Query, errors);
        query.AllowOnly("since");
        var since = query.Time("since");
        if (errors.Any)
            return errors.ToProblem();
        if (!SubscriptionId.IsPlausible(id) || await subscriptions.ReplayAsync(id, since, cancellationToken) is not { } queued)
            return SubscriptionId.NotFound(id);
        return new JsonResponse(202, new ReplayResult(queued));
    }

    public sealed record ReplayResult(int Queued);
}
