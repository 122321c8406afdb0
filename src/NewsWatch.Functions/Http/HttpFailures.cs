using Azure;
using Azure.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;
using Microsoft.Extensions.Logging;
using NewsWatch.Core.Secrets;

namespace NewsWatch.Functions.Http;

/// <summary>
/// Turns an HTTP function's unexpected exception into a problem answer instead of the host's
/// bare 500: 503 when storage failed (worth retrying), 500 otherwise, never with internals.
/// Timer functions are left alone, so their failures still fail the run.
/// </summary>
public sealed partial class HttpFailures(ILogger<HttpFailures> logger) : IFunctionsWorkerMiddleware
{
    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        try
        {
            await next(context);
        }
        catch (Exception ex) when (context.GetHttpContext() is { Response.HasStarted: false } http && !http.RequestAborted.IsCancellationRequested)
        {
            LogFailed(ex, context.FunctionDefinition.Name);
            // The ASP.NET Core integration writes the invocation result once the pipeline returns.
            context.GetInvocationResult().Value = ProblemFor(ex);
        }
    }

    public static IActionResult ProblemFor(Exception exception) => exception switch
    {
        RequestFailedException or AuthenticationFailedException or AggregateException { InnerException: RequestFailedException }
            => Problems.Unavailable("Storage did not answer; try again shortly."),
        SealedValueException => Problems.Internal(
            "This subscription's secrets do not open with this installation's data keys (the log says which). Restore the data key, or delete the subscription and subscribe again."),
        _ => Problems.Internal(),
    };

    [LoggerMessage(Level = LogLevel.Error, Message = "Function {Function} failed")]
    private partial void LogFailed(Exception exception, string function);
}
