using System.CommandLine;
using System.Text.Json;
using NewsWatch.Cli.Commands.Deliveries;
using NewsWatch.Core;
using NewsWatch.Core.Storage;
using NewsWatch.Core.Webhooks;
using WebhookSubscriptions = NewsWatch.Core.Webhooks.Subscriptions;

namespace NewsWatch.Cli.Commands.Subscriptions;

/// <summary><c>newswatch subscriptions show &lt;id&gt;</c>: one subscription and how its recent deliveries went.</summary>
internal static class ShowSubscriptionCommand
{
    private const int Recent = 5;

    public static Command Create()
    {
        var id = SubscriptionId.Argument();
        var json = new Option<bool>("--json") { Description = "Print {subscription, deliveries: {pending, delivered, dead}, recentDeliveries} as JSON for scripts." };
        var command = new Command("show", $"Show a subscription (never its secret; its URL masked to the host and last 4 characters) with its deliveries counted by state and the last {Recent} with their HTTP status and error.")
        {
            id, json,
        };
        command.SetAction((parse, ct) => CommandRunner.RunAsync(parse, async (host, output, token) =>
        {
            var subscriptionId = SubscriptionId.Read(parse, id);
            if (await host.Get<WebhookSubscriptions>().FindAsync(subscriptionId, token) is not { } subscription)
                return await SubscriptionId.ReportUnknownAsync(parse, subscriptionId);
            var deliveries = await host.Get<DeliveryStore>().ListAsync(subscription.Id, token);
            var counts = DeliveryCounts.Of(deliveries);
            var recent = DeliveryView.Newest(deliveries).Take(Recent).ToList();
            if (parse.GetValue(json))
                await output.WriteLineAsync(JsonSerializer.Serialize(new Details(SubscriptionView.Of(subscription), counts, recent), NewsWatchJson.Indented));
            else
                await WriteAsync(output, subscription, counts, recent, host.Get<TimeProvider>().GetUtcNow());
            return 0;
        }, ct));
        return command;
    }

    private static async Task WriteAsync(TextWriter output, Subscription subscription, DeliveryCounts counts, List<DeliveryView> recent, DateTimeOffset now)
    {
        await output.WriteLineAsync($"{subscription.Id} {MaskedUrl.Of(subscription.Url)}");
        await SubscriptionText.WriteStateAsync(output, subscription, now);
        await SubscriptionText.WriteFiltersAsync(output, subscription);
        await output.WriteLineAsync($"Deliveries: {counts}");
        if (recent.Count > 0)
            await DeliveryTable.WriteAsync(output, recent);
    }

    private sealed record Details(SubscriptionView Subscription, DeliveryCounts Deliveries, IReadOnlyList<DeliveryView> RecentDeliveries);
}
