using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsWatch.Core.WebSub;
using NewsWatch.Functions.Http;

namespace NewsWatch.Cli.Hosting.Web;

/// <summary>
/// The dashboard and the HTTP API on a loopback port, for <c>newswatch run</c>: the Functions
/// app's own HTTP functions under Kestrel, made from the CLI's services, behind the same
/// reader and admin keys. It listens on 127.0.0.1 only and answers only to local host names,
/// so neither another machine nor a web page rebinding a name to 127.0.0.1 can reach it.
/// </summary>
internal sealed class LocalServer : IAsyncDisposable
{
    public const string DashboardPath = "/api/dashboard/";

    private readonly WebApplication app;

    private LocalServer(WebApplication app, Uri address, LocalKeys keys)
    {
        this.app = app;
        Address = address;
        Keys = keys;
    }

    /// <summary>Where the server listens, e.g. <c>http://127.0.0.1:7180/</c>.</summary>
    public Uri Address { get; }

    public Uri Dashboard => new(Address, DashboardPath);

    public LocalKeys Keys { get; }

    /// <summary>Starts serving on <paramref name="port"/> (0: any free port) with functions made from <paramref name="services"/>.</summary>
    public static async Task<LocalServer> StartAsync(IServiceProvider services, int port, LocalKeys keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, port);
            kestrel.AddServerHeader = false;
            // The functions refuse a body past 64 KiB themselves, with a problem naming the limit;
            // this bound only stops a sender that would stream far more before they read it.
            kestrel.Limits.MaxRequestBodySize = 1024 * 1024;
        });
        var app = builder.Build();
        var names = HostNames(services);
        app.Use((context, next) => RefuseForeignHosts(context, next, names));
        app.UseRouting();
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger<LocalServer>();
        foreach (var route in FunctionRoute.All)
            app.MapMethods("/api/" + route.Template, route.Methods, context => ServeAsync(route, services, keys, logger, context));
        app.MapGet("/", context =>
        {
            context.Response.Redirect(DashboardPath);
            return Task.CompletedTask;
        });
        await app.StartAsync(cancellationToken);
        var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new LocalServer(app, new Uri(new Uri(bound).GetLeftPart(UriPartial.Authority) + "/"), keys);
    }

    private static async Task ServeAsync(FunctionRoute route, IServiceProvider services, LocalKeys keys, ILogger logger, HttpContext context)
    {
        if (KeyCheck.Refusal(route, context.Request, keys) is { } refusal)
        {
            await refusal.ExecuteResultAsync(new ActionContext(context, context.GetRouteData(), new ActionDescriptor()));
            return;
        }

        try
        {
            await FunctionInvoker.InvokeAsync(route, services, context);
        }
        catch (Exception ex) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
        {
            logger.LogError(ex, "Function {Function} failed", route.Name);
            await HttpFailures.ProblemFor(ex).ExecuteResultAsync(new ActionContext(context, context.GetRouteData(), new ActionDescriptor()));
        }
    }

    /// <summary>
    /// The names requests may be addressed to: the loopback's, and the host of the WebSub
    /// callback when one is set (hubs reach a local installation through a tunnel that keeps
    /// its own name). Compared ignoring case, as DNS does.
    /// </summary>
    private static HashSet<string> HostNames(IServiceProvider services)
    {
        var names = new HashSet<string>(["127.0.0.1", "localhost", "[::1]"], StringComparer.OrdinalIgnoreCase);
        if (services.GetRequiredService<IOptions<WebSubOptions>>().Value.CallbackBaseUrl is { } callback)
            names.Add(callback.Host);
        return names;
    }

    // A page elsewhere can point a name it controls at 127.0.0.1; its requests then carry that name.
    private static Task RefuseForeignHosts(HttpContext context, RequestDelegate next, HashSet<string> names)
    {
        if (names.Contains(context.Request.Host.Host))
            return next(context);
        context.Response.StatusCode = StatusCodes.Status421MisdirectedRequest;
        return Task.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
