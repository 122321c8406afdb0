using System.Net;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace NewsWatch.Testing;

/// <summary>A bare Kestrel server on 127.0.0.1 answering with one handler: the base of every loopback server the tests and harnesses run.</summary>
public sealed class LoopbackHost : IAsyncDisposable
{
    private readonly WebApplication app;

    private LoopbackHost(WebApplication app, Uri baseUri)
    {
        this.app = app;
        BaseUri = baseUri;
    }

    public Uri BaseUri { get; }

    /// <summary>
    /// Starts on <paramref name="port"/>, or on a free port when it is 0; over HTTPS with
    /// <paramref name="certificate"/> when one is given (a client must trust it explicitly).
    /// <paramref name="address"/> picks another loopback address (127.0.0.2, ...) so that
    /// servers count as different hosts.
    /// </summary>
    public static async Task<LoopbackHost> StartAsync(RequestDelegate handler, int port = 0, X509Certificate2? certificate = null, IPAddress? address = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        var listenOn = address ?? IPAddress.Loopback;
        if (certificate is null)
            builder.WebHost.UseUrls($"http://{listenOn}:{port}");
        else
            builder.WebHost.UseKestrel(kestrel => kestrel.Listen(listenOn, port, listen => listen.UseHttps(certificate)));
        var app = builder.Build();
        app.Run(handler);
        await app.StartAsync();
        var listening = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new LoopbackHost(app, new Uri(listening.TrimEnd('/') + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
