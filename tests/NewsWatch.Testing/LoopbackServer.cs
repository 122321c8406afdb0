using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;

namespace NewsWatch.Testing;

/// <summary>A real HTTP server (Kestrel) on 127.0.0.1 that records every request before answering it with the given handler.</summary>
public sealed class LoopbackServer : IAsyncDisposable
{
    private LoopbackHost host = null!;

    private LoopbackServer()
    {
    }

    public Uri BaseUri => host.BaseUri;

    /// <summary>Every request received, in order: method, path and query, headers, body.</summary>
    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public Uri Url(string pathAndQuery) => new(BaseUri, pathAndQuery);

    /// <summary>Starts on <paramref name="port"/>, or on a free port when it is 0, at <paramref name="address"/> (127.0.0.1 unless given).</summary>
    public static async Task<LoopbackServer> StartAsync(
        Func<HttpContext, Task> handler, int port = 0, System.Net.IPAddress? address = null, System.Security.Cryptography.X509Certificates.X509Certificate2? certificate = null)
    {
        var server = new LoopbackServer();
        server.host = await LoopbackHost.StartAsync(context => server.RecordAndAnswerAsync(context, handler), port, certificate, address);
        return server;
    }

    public ValueTask DisposeAsync() => host.DisposeAsync();

    private async Task RecordAndAnswerAsync(HttpContext context, Func<HttpContext, Task> handler)
    {
        context.Request.EnableBuffering();
        using var reader = new StreamReader(context.Request.Body, leaveOpen: true);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        context.Request.Body.Position = 0;
        var recorded = new RecordedRequest(
            context.Request.Method,
            context.Request.Path + context.Request.QueryString,
            context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            body);
        Requests.Enqueue(recorded);
        await handler(context);
        recorded.Status = context.Response.StatusCode;
    }
}

public sealed record RecordedRequest(string Method, string PathAndQuery, IReadOnlyDictionary<string, string> Headers, string Body)
{
    /// <summary>The status the server answered with, once the handler has run.</summary>
    public int? Status { get; set; }
}
