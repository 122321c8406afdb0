using System.CommandLine;
using NewsWatch.Core.Feeds;
using NewsWatch.Core.Storage;

namespace NewsWatch.Cli.Commands.Feeds;

/// <summary><c>newswatch feeds import &lt;file.opml&gt;</c>: watch every feed an OPML subscription list names.</summary>
internal static class ImportFeedsCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file.opml") { Description = "An OPML file, as feed readers export; outlines without an http(s) xmlUrl (of at most 2048 characters) are skipped." };
        var command = new Command("import", "Watch the feeds an OPML file lists. Prints how many were added and how many were already watched.") { file };
        command.SetAction(async (parse, ct) =>
        {
            if (!OpmlFile.TryRead(parse.GetValue(file)!, out var outlines, out var error))
                return await InvalidInput.ReportAsync(parse, error);
            return await CommandRunner.RunAsync(parse, (host, output, token) => ImportAsync(host.Get<FeedStore>(), outlines, output, token), ct);
        });
        return command;
    }

    private static async Task<int> ImportAsync(FeedStore feeds, IReadOnlyList<OpmlFeed> outlines, TextWriter output, CancellationToken cancellationToken)
    {
        // A list may name a feed twice; it is one feed, counted once. A URL too long to keep
        // whole is skipped like one that is no http(s) URL.
        var distinct = outlines.Where(o => WatchedFeed.IsWatchableUrl(o.XmlUrl)).DistinctBy(outline => WatchedFeed.IdFor(outline.XmlUrl)).ToList();
        var added = await feeds.ImportAsync(distinct, cancellationToken);
        await output.WriteLineAsync($"Imported {distinct.Count} feeds: {added} added, {distinct.Count - added} already watched.");
        return 0;
    }
}
