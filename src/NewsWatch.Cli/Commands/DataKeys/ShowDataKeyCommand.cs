using System.CommandLine;
using NewsWatch.Core.Secrets;

namespace NewsWatch.Cli.Commands.DataKeys;

/// <summary><c>newswatch data-key show</c>: where the data keys live and which one seals now; never key material.</summary>
internal static class ShowDataKeyCommand
{
    public static Command Create()
    {
        var command = new Command("show", "Print where the data keys live and the id of the one that seals now (creating the local key file on first use). Never prints a key.");
        command.SetAction((parse, ct) => CommandRunner.RunAsync(parse, async (host, output, token) =>
        {
            var ring = host.Get<IDataKeyRing>();
            var current = await ring.CurrentAsync(token);
            await output.WriteLineAsync($"Data keys: {ring.Location}");
            await output.WriteLineAsync($"Current key: {current.Id}");
            return 0;
        }, ct, usesStorage: false));
        return command;
    }
}
