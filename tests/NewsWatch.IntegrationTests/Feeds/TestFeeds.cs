using System.IO.Compression;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace NewsWatch.IntegrationTests.Feeds;

/// <summary>Small feeds and response writers shared by the fetch tests.</summary>
internal static class TestFeeds
{
    public const string Rss = """
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0"><channel><title>Loopback news</title>
          <item><title>Safety team grows</title><link>https://example.org/1</link><guid>1</guid></item>
        </channel></rss>
        """;

    public static Task WriteRssAsync(HttpContext context, string body = Rss, string contentType = "application/rss+xml; charset=utf-8")
    {
        context.Response.ContentType = contentType;
        return context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(body), context.RequestAborted).AsTask();
    }

    public static async Task WriteCompressedAsync(HttpContext context, string encoding)
    {
        using var compressed = new MemoryStream();
        await using (Stream compressor = encoding == "br"
            ? new BrotliStream(compressed, CompressionLevel.Fastest, leaveOpen: true)
            : new GZipStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            await compressor.WriteAsync(Encoding.UTF8.GetBytes(Rss), context.RequestAborted);
        }

        context.Response.ContentType = "application/rss+xml";
        context.Response.Headers.ContentEncoding = encoding;
        await context.Response.Body.WriteAsync(compressed.ToArray(), context.RequestAborted);
    }

    /// <summary>Holds the request open until the client gives up.</summary>
    public static async Task HangAsync(HttpContext context)
    {
        try
        {
            await Task.Delay(Timeout.Infinite, context.RequestAborted);
        }
        catch (OperationCanceledException)
        {
            // The client gave up, which is what the test waits for.
        }
    }
}
