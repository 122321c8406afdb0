using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace NewsWatch.Cli.Hosting.Web;

/// <summary>
/// Calls an HTTP function the way the Functions worker does: the class made with its
/// constructor's services, the request, route values by parameter name and the request's
/// cancellation; then runs the result it returns.
/// </summary>
internal static class FunctionInvoker
{
    public static async Task InvokeAsync(FunctionRoute route, IServiceProvider services, HttpContext context)
    {
        var target = ActivatorUtilities.CreateInstance(services, route.Method.DeclaringType!);
        var arguments = route.Method.GetParameters().Select(parameter => Argument(parameter, context)).ToArray();
        var returned = route.Method.Invoke(target, BindingFlags.DoNotWrapExceptions, binder: null, arguments, culture: null);

        var result = returned switch
        {
            Task<IActionResult> pending => await pending,
            IActionResult done => done,
            _ => throw new InvalidOperationException($"Function {route.Name} returned {returned?.GetType().Name ?? "null"}, not an IActionResult."),
        };
        await result.ExecuteResultAsync(new ActionContext(context, context.GetRouteData(), new ActionDescriptor()));
    }

    private static object? Argument(ParameterInfo parameter, HttpContext context)
    {
        if (parameter.ParameterType == typeof(HttpRequest))
            return context.Request;
        if (parameter.ParameterType == typeof(CancellationToken))
            return context.RequestAborted;
        if (parameter.ParameterType == typeof(string))
            return context.GetRouteValue(parameter.Name!) as string;
        throw new NotSupportedException($"{parameter.Member.DeclaringType?.Name}.{parameter.Member.Name} takes a {parameter.ParameterType.Name}, which the local host cannot give.");
    }
}
