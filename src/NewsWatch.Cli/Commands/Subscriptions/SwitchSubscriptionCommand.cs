using System.CommandLine;
using NewsWatch.Core.Webhooks;
using WebhookSubscriptions = NewsWatch.Core.Webhooks.Subscriptions;

namespace NewsWatch.Cli.Commands.Subscriptions;

/// <summary><c>newswatch subscriptions enable|disable &lt;id&gt;</c>: switch a subscription's webhooks on or off.</summary>
internal static class SwitchSubscriptionCommand
{
    public static Command Create(bool enabled)
    {
        var id = SubscriptionId.Argument();
        var command = enabled
            ? new Command("enable", "Send a subscription's webhooks again, after a user or failing endpoint disabled it; its failure mark is cleared.") { id }
            : new Command("disable", "Stop sending a subscription's webhooks, keeping the subscription and its secret; 'enable' resumes it.") { id };
        command.SetAction((parse, ct) => CommandRunner.RunAsync(parse, async (host, output, token) =>
        {
            var subscriptionId = SubscriptionId.Read(parse, id);
            if (await host.Get<WebhookSubscriptions>().SetEnabledAsync(subscriptionId, enabled, token) is not { } changed)
                return await SubscriptionId.ReportUnknownAsync(parse, subscriptionId);
            await output.WriteLineAsync($"{(enabled ? "Enabled" : "Disabled")} {changed.Id} {MaskedUrl.Of(changed.Url)}");
            return 0;
        }, ct));
        return command;
    }
}
