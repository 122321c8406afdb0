using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using NewsWatch.Dashboard;
using NewsWatch.Functions.Http;

namespace NewsWatch.Functions.Functions.Dashboard;

/// <summary>
/// <c>GET /api/dashboard/</c>: the dashboard page and its scripts and styles, built into the
/// app. The page then calls this API with the key the user gives it.
/// </summary>
public sealed class Dashboard
{
    [Function(nameof(Dashboard))]
    [Role(ApiRole.Page)]
    public IActionResult Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "dashboard/{*path}")] HttpRequest request,
        string? path)
    {
        ArgumentNullException.ThrowIfNull(request);
        // The page names its files relative to itself, which needs the trailing slash.
        if (string.IsNullOrEmpty(path) && !request.Path.Value!.EndsWith('/'))
            return new MovedResponse(request.PathBase + request.Path + "/");
        return DashboardAssets.Find(path) is { } asset
            ? new AssetResponse(asset)
            : Problems.NotFound($"The dashboard has no file '{path}'.");
    }
}
