using System.CommandLine;

namespace NewsWatch.Cli.Commands.Sources;

/// <summary><c>newswatch sources remove-pack ai-safety</c>: stop watching every search of a query pack.</summary>
internal static class RemovePackCommand
{
    public static Command Create() => PackVerb.Create(
        "remove-pack",
        "Stop watching every search of a query pack, in each engine.",
        (sources, pack, languages, engines, token) => sources.RemovePackAsync(pack, languages, engines, token),
        SourceLines.WriteRemovedAsync);
}
