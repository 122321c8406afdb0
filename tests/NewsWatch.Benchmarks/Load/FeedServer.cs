using Microsoft.AspNetCore.Http;
using NewsWatch.Testing;

namespace NewsWatch.Benchmarks.Load;

/// <summary>
/// One Kestrel server on 127.0.0.1 serving every generated feed at <c>/feeds/{n}.xml</c>, with
/// its ETag, answering 304 to a matching If-None-Match. Documents are rendered once, up front.
/// </summary>
internal sealed class FeedServer : IAsyncDisposable
{
    private LoopbackHost host = null!;

    private FeedServer()
    {
    }

    public Uri BaseUri => host.BaseUri;

    public int Fetched => fetched;

    public int NotModified => notModified;

    private int fetched;
    private int notModified;

    public Uri FeedUrl(int feed) => new(BaseUri, $"feeds/{feed}.xml");

    public static async Task<FeedServer> StartAsync(IReadOnlyList<byte[]> documents)
    {
        var server = new FeedServer();
        server.host = await LoopbackHost.StartAsync(context => server.ServeAsync(context, documents));
        return server;
    }

    public ValueTask DisposeAsync() => host.DisposeAsync();

    private async Task ServeAsync(HttpContext context, IReadOnlyList<byte[]> documents)
    {
        var name = context.Request.Path.Value ?? string.Empty;
        if (!name.StartsWith("/feeds/", StringComparison.Ordinal) || !name.EndsWith(".xml", StringComparison.Ordinal)
            || !int.TryParse(name["/feeds/".Length..^".xml".Length], out var feed) || feed < 0 || feed >= documents.Count)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var etag = FeedCorpus.ETagFor(feed);
        context.Response.Headers.ETag = etag;
        if (context.Request.Headers.IfNoneMatch == etag)
        {
            Interlocked.Increment(ref notModified);
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        Interlocked.Increment(ref fetched);
        context.Response.ContentType = "application/rss+xml; charset=utf-8";
        context.Response.ContentLength = documents[feed].Length;
        await context.Response.Body.WriteAsync(documents[feed], context.RequestAborted);
    }
}
