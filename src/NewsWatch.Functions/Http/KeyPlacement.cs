using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;

namespace NewsWatch.Functions.Http;

/// <summary>
/// Refuses, before the function runs, a key sent in the URL of an admin route. A URL ends up in
/// server and proxy logs, browser histories and Referer headers, and the admin key opens every
/// route, so it goes in the <c>x-functions-key</c> header only. Reader routes keep accepting
/// <c>?code=</c>: feed readers and uptime monitors often cannot send headers, and a reader key opens one route.
/// </summary>
public sealed class KeyPlacement : IFunctionsWorkerMiddleware
{
    public Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (context.GetHttpContext() is not { } http || Refusal(context.FunctionDefinition.Name, http.Request.Query) is not { } refusal)
            return next(context);

        // The ASP.NET Core integration writes the invocation result once the pipeline returns, as it does a function's.
        context.GetInvocationResult().Value = refusal;
        return Task.CompletedTask;
    }

    /// <summary>The 400 problem for a key in the URL of an admin route; null when the call may go on.</summary>
    public static IActionResult? Refusal(string function, IQueryCollection query) =>
        ApiRoles.Of(function) == ApiRole.Admin && FunctionKey.IsInUrl(query)
            ? Problems.BadRequest(
                $"Admin keys go in the {FunctionKey.Header} header, never in the URL (?{FunctionKey.QueryParameter}=): " +
                "a key in a URL leaks into logs, proxies and browser histories. This key has now been in one; consider replacing it.")
            : null;
}
