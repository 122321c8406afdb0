using System.CommandLine;
using NewsWatch.Cli.Commands.Subscriptions;
using WebhookSubscriptions = NewsWatch.Core.Webhooks.Subscriptions;

namespace NewsWatch.Cli.Commands.Deliveries;

/// <summary><c>newswatch deliveries replay &lt;subscription-id&gt;</c>: queue a subscription's failed webhooks again.</summary>
internal static class ReplayDeliveriesCommand
{
    public static Command Create()
    {
        var id = SubscriptionId.Argument("subscription-id");
        var since = new Option<string?>("--since") { Description = $"Also resend the deliveries already delivered that were created since this time: {PointInTime.Formats}." };
        var command = new Command("replay", "Queue again a subscription's dead deliveries (and, with --since, recent delivered ones), keeping their webhook-id so receivers can drop duplicates. The next 'deliver' or 'run' sends them.")
        {
            id, since,
        };
        command.SetAction(async (parse, ct) =>
        {
            PointInTime? from = null;
            if (parse.GetValue(since) is { } text && !PointInTime.TryParse(text, out from))
                return await InvalidInput.ReportAsync(parse, $"--since expects {PointInTime.Formats}, got '{text}'.");
            return await CommandRunner.RunAsync(parse, async (host, output, token) =>
            {
                var subscriptionId = SubscriptionId.Read(parse, id);
                var sinceTime = from?.Resolve(host.Get<TimeProvider>().GetUtcNow());
                if (await host.Get<WebhookSubscriptions>().ReplayAsync(subscriptionId, sinceTime, token) is not { } count)
                    return await SubscriptionId.ReportUnknownAsync(parse, subscriptionId);
                await output.WriteLineAsync($"Queued {count} {(count == 1 ? "delivery" : "deliveries")} of {subscriptionId} again{(sinceTime is null ? " (dead ones)" : $" (dead ones and those delivered since {SubscriptionText.Time(sinceTime.Value)})")}.");
                return 0;
            }, ct);
        });
        return command;
    }
}
