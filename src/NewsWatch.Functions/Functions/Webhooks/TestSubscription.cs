using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using NewsWatch.Core.Webhooks;
using NewsWatch.Functions.Http;

namespace NewsWatch.Functions.Functions.Webhooks;

/// <summary>
/// <c>POST /api/subscriptions/{id}/test</c>: sends a signed <c>ping</c> now and reports how
/// the receiver answered (200 either way: the call worked, the answer says whether the receiver did).
/// </summary>
public sealed class TestSubscription(Subscriptions subscriptions, WebhookSender sender)
{
    [Function(nameof(TestSubscription))]
    [Role(ApiRole.Admin)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "subscriptions/{id}/test")] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        if (!SubscriptionId.IsPlausible(id) || await subscriptions.FindAsync(id, cancellationToken) is not { } subscription)
            return SubscriptionId.NotFound(id);
        var result = await sender.PingAsync(subscription, cancellationToken);
        return JsonResponse.Ok(new PingResult(result.IsDelivered, result.Status, result.Error));
    }

    public sealed record PingResult(bool Delivered, int? Status, string? Error);
}
