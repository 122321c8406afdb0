using Microsoft.AspNetCore.Http;
using NewsWatch.IntegrationTests.Support;

namespace NewsWatch.IntegrationTests.Feeds;

/// <summary>
/// The shared corpus of real-world and malformed feeds (../shared/corpus/feeds next to the
/// repository), served byte-for-byte over loopback HTTP. The files are read in place, never copied.
/// </summary>
public sealed class Corpus : IAsyncLifetime
{
    public static string? Folder { get; } = FindFolder();

    public static IEnumerable<string> FileNames => Folder is null
        ? []
        : Directory.EnumerateFiles(Folder).Select(Path.GetFileName).OfType<string>().Where(name => name != "SOURCES.md").Order(StringComparer.Ordinal);

    public LoopbackServer? Server { get; private set; }

    public static void SkipIfAbsent()
    {
        if (Folder is null)
            Assert.Skip("The shared feed corpus (../shared/corpus/feeds beside the folder holding NewsWatch.sln) is not present on this machine.");
    }

    public async ValueTask InitializeAsync()
    {
        if (Folder is null)
            return;
        Server = await LoopbackServer.StartAsync(async context =>
        {
            var name = Path.GetFileName(context.Request.Path.Value ?? string.Empty);
            var path = Path.Combine(Folder, name);
            if (!File.Exists(path))
            {
                context.Response.StatusCode = 404;
                return;
            }

            // Like a static file server: a type from the extension, no charset, so the bytes decide.
            context.Response.ContentType = Path.GetExtension(name) switch
            {
                ".json" => "application/feed+json",
                ".html" => "text/html",
                ".rdf" => "application/rdf+xml",
                ".rss" => "application/rss+xml",
                _ => "application/xml",
            };
            await context.Response.SendFileAsync(path, context.RequestAborted);
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (Server is not null)
            await Server.DisposeAsync();
    }

    private static string? FindFolder()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "NewsWatch.sln")))
            {
                var corpus = Path.GetFullPath(Path.Combine(directory.FullName, "..", "shared", "corpus", "feeds"));
                return Directory.Exists(corpus) ? corpus : null;
            }
        }

        return null;
    }
}
