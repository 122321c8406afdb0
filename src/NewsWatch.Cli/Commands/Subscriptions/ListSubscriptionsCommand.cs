using System.CommandLine;
using System.Text.Json;
using NewsWatch.Core;
using WebhookSubscriptions = NewsWatch.Core.Webhooks.Subscriptions;

namespace NewsWatch.Cli.Commands.Subscriptions;

/// <summary><c>newswatch subscriptions list</c>: every subscription, what it wants and whether it is enabled.</summary>
internal static class ListSubscriptionsCommand
{
    public static Command Create()
    {
        var json = new Option<bool>("--json") { Description = "Print a JSON array (camelCase fields; no secrets, and each URL masked as in the table) for scripts instead of a table." };
        var command = new Command("list", "List the subscriptions: state (and why disabled), format, events, languages, minimum score and URL, masked to its host and last 4 characters (a chat webhook's URL is its secret).") { json };
        command.SetAction((parse, ct) => CommandRunner.RunAsync(parse, async (host, output, token) =>
        {
            var subscriptions = (await host.Get<WebhookSubscriptions>().ListAsync(token))
                .OrderBy(s => s.CreatedAt).ThenBy(s => s.Id, StringComparer.Ordinal).Select(SubscriptionView.Of).ToList();
            if (parse.GetValue(json))
                await output.WriteLineAsync(JsonSerializer.Serialize(subscriptions, NewsWatchJson.Indented));
            else
                await SubscriptionTable.WriteAsync(output, subscriptions);
            return 0;
        }, ct));
        return command;
    }
}
