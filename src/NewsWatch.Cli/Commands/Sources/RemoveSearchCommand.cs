using System.CommandLine;

namespace NewsWatch.Cli.Commands.Sources;

/// <summary><c>newswatch sources remove-search "&lt;query&gt;" --lang fr</c>: stop watching a news search in each engine.</summary>
internal static class RemoveSearchCommand
{
    public static Command Create() => SearchVerb.Create(
        "remove-search",
        "Stop watching a news search: its feed in each engine goes, and so does any hub subscription.",
        "The search, as it was added (spacing does not matter).",
        (sources, query, language, engines, token) => sources.RemoveAsync(query, language, engines, token),
        SourceLines.WriteRemovedAsync);
}
