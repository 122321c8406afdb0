using System.CommandLine;
using System.Text.Json;
using NewsWatch.Cli.Commands.Subscriptions;
using NewsWatch.Core;
using NewsWatch.Core.Storage;
using NewsWatch.Core.Webhooks;
using WebhookSubscriptions = NewsWatch.Core.Webhooks.Subscriptions;

namespace NewsWatch.Cli.Commands.Deliveries;

/// <summary><c>newswatch deliveries list &lt;subscription-id&gt;</c>: every webhook owed to a subscription and how it went.</summary>
internal static class ListDeliveriesCommand
{
    public static Command Create()
    {
        var id = SubscriptionId.Argument("subscription-id");
        var json = new Option<bool>("--json") { Description = "Print a JSON array (camelCase fields) for scripts instead of a table." };
        var command = new Command("list", "List a subscription's deliveries, newest first: state, type, attempts, last HTTP status, next attempt and last error.") { id, json };
        command.SetAction((parse, ct) => CommandRunner.RunAsync(parse, async (host, output, token) =>
        {
            var subscriptionId = SubscriptionId.Read(parse, id);
            if (await host.Get<WebhookSubscriptions>().FindAsync(subscriptionId, token) is null)
                return await SubscriptionId.ReportUnknownAsync(parse, subscriptionId);
            var deliveries = DeliveryView.Newest(await host.Get<DeliveryStore>().ListAsync(subscriptionId, token)).ToList();
            if (parse.GetValue(json))
                await output.WriteLineAsync(JsonSerializer.Serialize(deliveries, NewsWatchJson.Indented));
            else if (deliveries.Count == 0)
                await output.WriteLineAsync($"No deliveries for {subscriptionId} yet: they are queued when an alert matches it.");
            else
                await DeliveryTable.WriteAsync(output, deliveries);
            return 0;
        }, ct));
        return command;
    }
}
