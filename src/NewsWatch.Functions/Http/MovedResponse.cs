using Microsoft.AspNetCore.Mvc;

namespace NewsWatch.Functions.Http;

/// <summary>
/// A permanent redirect written straight to the response: MVC's own redirect needs services
/// that neither the worker nor the local server registers.
/// </summary>
public sealed class MovedResponse(string location) : IActionResult
{
    public string Location => location;

    public Task ExecuteResultAsync(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.HttpContext.Response.StatusCode = 301;
        context.HttpContext.Response.Headers.Location = location;
        return Task.CompletedTask;
    }
}
