using Microsoft.AspNetCore.Mvc;

namespace NewsWatch.Functions.Http;

/// <summary>A status with no body (204 for a deletion, 202 for a push taken in), written without the MVC services a bare worker lacks.</summary>
public sealed class EmptyResponse(int status) : IActionResult
{
    public int Status => status;

    public Task ExecuteResultAsync(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.HttpContext.Response.StatusCode = status;
        return Task.CompletedTask;
    }
}
