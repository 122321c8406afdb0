using NewsWatch.Core.Feeds;
using NewsWatch.Core.Storage;

namespace NewsWatch.Cli.Commands;

/// <summary>Starts an empty installation with the feeds listed in the bundled <c>feeds.opml</c>.</summary>
internal static class DefaultFeeds
{
    public static async Task EnsureAsync(FeedStore feeds, TextWriter output, CancellationToken cancellationToken)
    {
        if ((await feeds.ListAsync(cancellationToken)).Count > 0)
            return;
        await using var opml = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "feeds.opml"));
        var added = await feeds.ImportAsync(Opml.Read(opml), cancellationToken);
        await output.WriteLineAsync($"No feeds yet: added the {added} default feeds from feeds.opml.");
    }
}
