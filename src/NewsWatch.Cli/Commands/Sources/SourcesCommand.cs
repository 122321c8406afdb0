using System.CommandLine;

namespace NewsWatch.Cli.Commands.Sources;

/// <summary><c>newswatch sources</c>: searches as sources, one at a time or a pack at once.</summary>
internal static class SourcesCommand
{
    public static Command Create() => new("sources", "Add news searches as sources (Google News, Bing News, GDELT), and the query packs that hold them.")
    {
        Subcommands = { AddSearchCommand.Create(), RemoveSearchCommand.Create(), PacksCommand.Create(), AddPackCommand.Create(), RemovePackCommand.Create() },
    };
}
