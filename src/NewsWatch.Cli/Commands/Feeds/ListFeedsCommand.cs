using System.CommandLine;
using System.Text.Json;
using NewsWatch.Core;
using NewsWatch.Core.WebSub;

namespace NewsWatch.Cli.Commands.Feeds;

/// <summary><c>newswatch feeds list</c>: every feed and how its polling goes.</summary>
internal static class ListFeedsCommand
{
    public static Command Create()
    {
        var json = new Option<bool>("--json") { Description = "Print a JSON array (camelCase fields) for scripts instead of a table." };
        var command = new Command("list", "List the feeds with their state: enabled or disabled (and why), last poll, items, consecutive failures, last error, next poll, and WebSub push.")
        {
            json,
        };
        command.SetAction((parse, ct) => CommandRunner.RunAsync(parse, async (host, output, token) =>
        {
            var feeds = FeedState.Ordered(await host.Get<FeedPushListing>().ListAsync(token));
            if (parse.GetValue(json))
                await output.WriteLineAsync(JsonSerializer.Serialize(feeds, NewsWatchJson.Indented));
            else
                await FeedTable.WriteAsync(output, feeds);
            return 0;
        }, ct));
        return command;
    }
}
