using System.CommandLine;

namespace NewsWatch.Cli.Commands.Feeds;

/// <summary><c>newswatch feeds</c>: the verbs that manage which feeds NewsWatch polls.</summary>
internal static class FeedsCommand
{
    public static Command Create() => new("feeds", "Add, list, remove, import and export the feeds NewsWatch polls.")
    {
        Subcommands =
        {
            AddFeedCommand.Create(),
            ListFeedsCommand.Create(),
            RemoveFeedCommand.Create(),
            ImportFeedsCommand.Create(),
            ExportFeedsCommand.Create(),
        },
    };
}
