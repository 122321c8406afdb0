using System.CommandLine;
using NewsWatch.Core.Feeds;
using NewsWatch.Core.Storage;

namespace NewsWatch.Cli.Commands.Feeds;

/// <summary><c>newswatch feeds export</c>: the watched feeds as an OPML subscription list.</summary>
internal static class ExportFeedsCommand
{
    public static Command Create()
    {
        var file = new Option<string?>("--output", "-o") { Description = "Write the OPML to this file instead of standard output." };
        var command = new Command("export", "Write every watched feed as OPML, which feed readers and 'feeds import' read.") { file };
        command.SetAction((parse, ct) => CommandRunner.RunAsync(parse, async (host, output, token) =>
        {
            var feeds = FeedState.Ordered(await host.Get<FeedStore>().ListAsync(token));
            var opml = Opml.Write(feeds.Select(feed => new OpmlFeed(feed.Title ?? feed.Url.AbsoluteUri, feed.Url, feed.Language)));
            if (parse.GetValue(file) is not { Length: > 0 } path)
            {
                await output.WriteLineAsync(opml);
                return 0;
            }

            if (await OpmlFile.TryWriteAsync(path, opml, token) is { } error)
                return await InvalidInput.ReportAsync(parse, error);
            await output.WriteLineAsync($"Exported {feeds.Count} feeds to {path}.");
            return 0;
        }, ct));
        return command;
    }
}
