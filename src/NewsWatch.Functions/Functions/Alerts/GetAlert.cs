using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using NewsWatch.Core.Storage;
using NewsWatch.Functions.Http;

namespace NewsWatch.Functions.Functions.Alerts;

/// <summary>
/// <c>GET /api/alerts/{id}</c>: one alert with its evidence and sources. The route takes only
/// ids at least as long as an alert id (21+), so <c>alerts/feed</c> can never be taken for one.
/// </summary>
public sealed class GetAlert(AlertStore alerts)
{
    [Function(nameof(GetAlert))]
    [Role(ApiRole.Reader)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "alerts/{id:minlength(21)}")] HttpRequest request,
        string id,
        CancellationToken cancellationToken) =>
        id is { Length: <= 64 } && await alerts.FindAsync(id, cancellationToken) is { } alert
            ? JsonResponse.Ok(alert)
            : Problems.NotFound($"There is no alert '{id}'.");
}
