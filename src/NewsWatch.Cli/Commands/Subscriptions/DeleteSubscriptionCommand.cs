using System.CommandLine;
using WebhookSubscriptions = NewsWatch.Core.Webhooks.Subscriptions;

namespace NewsWatch.Cli.Commands.Subscriptions;

/// <summary><c>newswatch subscriptions delete &lt;id&gt;</c>: remove a subscription for good.</summary>
internal static class DeleteSubscriptionCommand
{
    public static Command Create()
    {
        var id = SubscriptionId.Argument();
        var command = new Command("delete", "Delete a subscription: no more webhooks, and its secret is gone. 'disable' keeps it instead.") { id };
        command.SetAction((parse, ct) => CommandRunner.RunAsync(parse, async (host, output, token) =>
        {
            var subscriptionId = SubscriptionId.Read(parse, id);
            if (!await host.Get<WebhookSubscriptions>().DeleteAsync(subscriptionId, token))
                return await SubscriptionId.ReportUnknownAsync(parse, subscriptionId);
            await output.WriteLineAsync($"Deleted {subscriptionId}");
            return 0;
        }, ct));
        return command;
    }
}
