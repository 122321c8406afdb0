using Microsoft.AspNetCore.Mvc;
using NewsWatch.Dashboard;

namespace NewsWatch.Functions.Functions.Dashboard;

/// <summary>One dashboard file with its security headers, or 304 when the browser's copy is current.</summary>
public sealed class AssetResponse(DashboardAsset asset) : IActionResult
{
    public DashboardAsset Asset => asset;

    public async Task ExecuteResultAsync(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var response = context.HttpContext.Response;
        foreach (var (name, value) in DashboardHeaders.All)
            response.Headers[name] = value;
        response.Headers.ETag = asset.ETag;
        if (context.HttpContext.Request.Headers.IfNoneMatch.Contains(asset.ETag))
        {
            response.StatusCode = 304;
            return;
        }

        response.StatusCode = 200;
        response.ContentType = asset.ContentType;
        response.ContentLength = asset.Content.Length;
        await response.Body.WriteAsync(asset.Content, context.HttpContext.RequestAborted);
    }
}
