using Microsoft.AspNetCore.Mvc;

namespace NewsWatch.Functions.Http;

/// <summary>204: done, nothing to say.</summary>
public sealed class NoContentResponse : IActionResult
{
    public Task ExecuteResultAsync(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.HttpContext.Response.StatusCode = 204;
        return Task.CompletedTask;
    }
}
