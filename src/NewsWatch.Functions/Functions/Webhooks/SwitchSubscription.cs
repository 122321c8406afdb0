using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using NewsWatch.Core.Webhooks;
using NewsWatch.Functions.Http;

namespace NewsWatch.Functions.Functions.Webhooks;

/// <summary>
/// <c>POST /api/subscriptions/{id}/disable</c> stops sending to a subscription, keeping it and
/// its deliveries; <c>…/enable</c> sends again and forgets that it was failing.
/// </summary>
public sealed class SwitchSubscription(Subscriptions subscriptions)
{
    [Function("EnableSubscription")]
    [Role(ApiRole.Admin)]
    public Task<IActionResult> Enable(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "subscriptions/{id}/enable")] HttpRequest request,
        string id,
        CancellationToken cancellationToken) => SetAsync(id, enabled: true, cancellationToken);

    [Function("DisableSubscription")]
    [Role(ApiRole.Admin)]
    public Task<IActionResult> Disable(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "subscriptions/{id}/disable")] HttpRequest request,
        string id,
        CancellationToken cancellationToken) => SetAsync(id, enabled: false, cancellationToken);

    private async Task<IActionResult> SetAsync(string id, bool enabled, CancellationToken cancellationToken) =>
        SubscriptionId.IsPlausible(id) && await subscriptions.SetEnabledAsync(id, enabled, cancellationToken) is { } subscription
            ? JsonResponse.Ok(SubscriptionView.Of(subscription))
            : SubscriptionId.NotFound(id);
}
