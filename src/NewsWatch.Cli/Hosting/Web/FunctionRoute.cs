using System.Reflection;
using Microsoft.Azure.Functions.Worker;
using NewsWatch.Functions.Http;

namespace NewsWatch.Cli.Hosting.Web;

/// <summary>
/// One HTTP function of the Functions app as its attributes declare it: its name, methods,
/// route and role. <c>newswatch run</c> serves these same classes, so the local API is the one
/// deployed to Azure, not a copy of it.
/// </summary>
internal sealed record FunctionRoute(string Name, IReadOnlyList<string> Methods, string Template, ApiRole Role, MethodInfo Method)
{
    /// <summary>Every HTTP function in the Functions app's assembly.</summary>
    public static IReadOnlyList<FunctionRoute> All { get; } = [.. typeof(ApiRoles).Assembly.GetTypes()
        .Where(type => type.IsPublic && !type.IsAbstract)
        .SelectMany(type => type.GetMethods(BindingFlags.Public | BindingFlags.Instance))
        .Select(Of)
        .OfType<FunctionRoute>()];

    private static FunctionRoute? Of(MethodInfo method)
    {
        if (method.GetCustomAttribute<FunctionAttribute>() is not { } function
            || method.GetParameters().Select(p => p.GetCustomAttribute<HttpTriggerAttribute>()).OfType<HttpTriggerAttribute>().FirstOrDefault() is not { } trigger)
            return null;
        var methods = trigger.Methods?.Select(m => m.ToUpperInvariant()).ToArray() ?? ["GET", "POST"];
        return new FunctionRoute(function.Name, methods, trigger.Route ?? function.Name, ApiRoles.Of(function.Name), method);
    }
}
