using System.CommandLine;
using NewsWatch.Core.Secrets;
using WebhookSubscriptions = NewsWatch.Core.Webhooks.Subscriptions;

namespace NewsWatch.Cli.Commands.DataKeys;

/// <summary>
/// <c>newswatch data-key rotate</c>: a new data key becomes current, and every subscription is
/// read at once, which seals it again with the new key. Earlier keys stay in the ring, so a
/// row another process has not yet resealed still opens.
/// </summary>
internal static class RotateDataKeyCommand
{
    public static Command Create()
    {
        var command = new Command("rotate", "Make a new data key current and seal every subscription's secrets again with it. Earlier keys are kept so nothing is stranded. With Key Vault this needs a role that may set secrets.");
        command.SetAction((parse, ct) => CommandRunner.RunAsync(parse, async (host, output, token) =>
        {
            var ring = host.Get<IDataKeyRing>();
            var key = await ring.RotateAsync(token);
            var resealed = (await host.Get<WebhookSubscriptions>().ListAsync(token)).Count;
            await output.WriteLineAsync($"Data key {key.Id} is now current ({ring.Location}).");
            await output.WriteLineAsync($"Sealed {resealed} {(resealed == 1 ? "subscription" : "subscriptions")} again with it.");
            return 0;
        }, ct));
        return command;
    }
}
