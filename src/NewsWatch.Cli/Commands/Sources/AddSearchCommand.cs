using System.CommandLine;
using NewsWatch.Core.Feeds;
using NewsWatch.Core.Sources;

namespace NewsWatch.Cli.Commands.Sources;

/// <summary><c>newswatch sources add-search "&lt;query&gt;" --lang fr</c>: watch what news search engines find for a query.</summary>
internal static class AddSearchCommand
{
    public static Command Create()
    {
        var query = new Argument<string>("query") { Description = "The search: words (all must appear), \"phrases\", OR, (groups) and -exclusions." };
        var language = new Option<string>("--lang") { Description = "The language to search in: en, fr, de, es, it, pt or nl.", Required = true };
        var engines = EngineOption.Create();
        var command = new Command("add-search", "Watch a news search: one feed per engine, polled like any feed and politely (one request per 10 s per engine).") { query, language, engines };
        command.SetAction(async (parse, ct) =>
        {
            var code = LanguageCode.Normalise(parse.GetValue(language)) ?? parse.GetValue(language)!;
            if (SearchSources.Refusal(parse.GetValue(query), code) is { } refusal)
                return await InvalidInput.ReportAsync(parse, refusal);
            if (!EngineOption.TryParse(parse.GetValue(engines), out var chosen, out var error))
                return await InvalidInput.ReportAsync(parse, error);
            return await CommandRunner.RunAsync(parse, async (host, output, token) =>
            {
                await SourceLines.WriteAsync(output, await host.Get<SearchSources>().AddAsync(parse.GetValue(query)!, code, chosen, token));
                return 0;
            }, ct);
        });
        return command;
    }
}
