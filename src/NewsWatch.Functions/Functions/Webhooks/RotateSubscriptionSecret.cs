using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using NewsWatch.Core.Webhooks;
using NewsWatch.Functions.Http;

namespace NewsWatch.Functions.Functions.Webhooks;

/// <summary>
/// <c>POST /api/subscriptions/{id}/rotate-secret</c>: a new secret, shown once; the old one
/// keeps signing beside it until <c>previousSecretExpiresAt</c>.
/// </summary>
public sealed class RotateSubscriptionSecret(Subscriptions subscriptions)
{
    [Function(nameof(RotateSubscriptionSecret))]
    [Role(ApiRole.Admin)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "subscriptions/{id}/rotate-secret")] HttpRequest request,
        string id,
        CancellationToken cancellationToken) =>
        SubscriptionId.IsPlausible(id) && await subscriptions.RotateSecretAsync(id, cancellationToken) is { } rotated
            ? JsonResponse.Ok(SubscriptionView.Of(rotated.Subscription, rotated.Secret))
            : SubscriptionId.NotFound(id);
}
