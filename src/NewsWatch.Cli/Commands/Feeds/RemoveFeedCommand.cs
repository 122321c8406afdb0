using NewsWatch.Core.Pipeline;
using System.CommandLine;
using NewsWatch.Core.Feeds;
using NewsWatch.Core.Storage;

namespace NewsWatch.Cli.Commands.Feeds;

/// <summary><c>newswatch feeds remove &lt;id-or-url&gt;</c>: stop watching a feed.</summary>
internal static class RemoveFeedCommand
{
    public static Command Create()
    {
        var feed = new Argument<string>("id-or-url") { Description = "The feed's id (as 'feeds list' shows it) or its URL." };
        var command = new Command("remove", "Stop watching a feed, named by its id or its URL.") { feed };
        command.SetAction((parse, ct) => CommandRunner.RunAsync(parse, async (host, output, token) =>
        {
            var idOrUrl = parse.GetValue(feed)!.Trim();
            var feeds = host.Get<FeedStore>();
            var found = await FindAsync(feeds, idOrUrl, token);
            if (found is null || !await host.Get<FeedRemoval>().RemoveAsync(found.Id, token))
                return await InvalidInput.ReportAsync(parse, $"No feed has the id or URL '{idOrUrl}'. 'newswatch feeds list' shows them.");
            await output.WriteLineAsync($"Removed {found.Id} {found.Url}");
            return 0;
        }, ct));
        return command;
    }

    private static async Task<WatchedFeed?> FindAsync(FeedStore feeds, string idOrUrl, CancellationToken cancellationToken) =>
        await feeds.FindAsync(idOrUrl, cancellationToken)
            ?? (FeedAddress.Interpret(idOrUrl) is { } url ? await feeds.FindByUrlAsync(url, cancellationToken) : null);
}
