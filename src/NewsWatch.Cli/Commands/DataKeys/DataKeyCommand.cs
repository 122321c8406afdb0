using System.CommandLine;

namespace NewsWatch.Cli.Commands.DataKeys;

/// <summary><c>newswatch data-key</c>: the key that seals webhook secrets and URLs at rest.</summary>
internal static class DataKeyCommand
{
    public static Command Create() => new("data-key", "Show or rotate the data key that seals webhook secrets and URLs in storage (a local owner-only file, or a Key Vault secret).")
    {
        Subcommands = { ShowDataKeyCommand.Create(), RotateDataKeyCommand.Create() },
    };
}
