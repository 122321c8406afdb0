using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using NewsWatch.Core.Storage;
using NewsWatch.Functions.Http;

namespace NewsWatch.Functions.Functions.Alerts;

/// <summary><c>GET /api/alerts</c>: alerts newest first, filtered, a page at a time.</summary>
public sealed class ListAlerts(AlertStore alerts, TimeProvider time)
{
    [Function(nameof(ListAlerts))]
    [Role(ApiRole.Reader)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "alerts")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var query = AlertFilter.Read(request.Query, time.GetUtcNow());
        if (!query.IsValid)
            return query.Problem;
        return JsonResponse.Ok(await alerts.QueryAsync(query.Value, cancellationToken));
    }
}
