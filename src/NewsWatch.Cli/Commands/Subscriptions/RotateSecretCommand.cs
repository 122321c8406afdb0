using System.CommandLine;
using System.Text.Json;
using NewsWatch.Core;
using WebhookSubscriptions = NewsWatch.Core.Webhooks.Subscriptions;

namespace NewsWatch.Cli.Commands.Subscriptions;

/// <summary><c>newswatch subscriptions rotate-secret &lt;id&gt;</c>: a new signing secret, the old one kept for a grace period.</summary>
internal static class RotateSecretCommand
{
    public static Command Create()
    {
        var id = SubscriptionId.Argument();
        var json = new Option<bool>("--json") { Description = "Print {id, secret, previousSecretExpiresAt} as JSON for scripts." };
        var command = new Command("rotate-secret", "Give a subscription a new secret, shown only this once. Webhooks carry signatures with both secrets until the old one expires, so the receiver can switch without losing one.")
        {
            id, json,
        };
        command.SetAction((parse, ct) => CommandRunner.RunAsync(parse, async (host, output, token) =>
        {
            var subscriptionId = SubscriptionId.Read(parse, id);
            if (await host.Get<WebhookSubscriptions>().RotateSecretAsync(subscriptionId, token) is not { } rotated)
                return await SubscriptionId.ReportUnknownAsync(parse, subscriptionId);
            var expires = rotated.Subscription.PreviousSecretExpiresAt;
            if (parse.GetValue(json))
            {
                await output.WriteLineAsync(JsonSerializer.Serialize(new RotatedView(rotated.Subscription.Id, rotated.Secret, expires), NewsWatchJson.Indented));
                return 0;
            }

            await output.WriteLineAsync($"New secret for {rotated.Subscription.Id}: {rotated.Secret}");
            await output.WriteLineAsync("Store it now: it is shown only this once.");
            if (expires is { } until)
                await output.WriteLineAsync($"The previous secret still signs until {SubscriptionText.Time(until)}.");
            return 0;
        }, ct));
        return command;
    }

    private sealed record RotatedView(string Id, string Secret, DateTimeOffset? PreviousSecretExpiresAt);
}
