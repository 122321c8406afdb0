using System.CommandLine;

namespace NewsWatch.Cli.Commands.Sources;

/// <summary><c>newswatch sources add-search "&lt;query&gt;" --lang fr</c>: watch what news search engines find for a query.</summary>
internal static class AddSearchCommand
{
    public static Command Create() => SearchVerb.Create(
        "add-search",
        "Watch a news search: one feed per engine, polled like any feed and politely (one request per 10 s per engine).",
        "The search: words (all must appear), \"phrases\", OR, (groups) and -exclusions.",
        (sources, query, language, engines, token) => sources.AddAsync(query, language, engines, token),
        SourceLines.WriteAsync);
}
