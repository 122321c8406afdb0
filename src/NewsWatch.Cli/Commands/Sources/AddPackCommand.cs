using System.CommandLine;

namespace NewsWatch.Cli.Commands.Sources;

/// <summary><c>newswatch sources add-pack ai-safety</c>: watch every search of a query pack.</summary>
internal static class AddPackCommand
{
    public static Command Create() => PackVerb.Create(
        "add-pack",
        "Watch every search of a query pack, in each engine.",
        (sources, pack, languages, engines, token) => sources.AddPackAsync(pack, languages, engines, token),
        SourceLines.WriteAsync);
}
