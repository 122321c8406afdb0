using System.CommandLine;
using NewsWatch.Core.Feeds;
using NewsWatch.Core.Sources;

namespace NewsWatch.Cli.Commands.Sources;

/// <summary><c>newswatch sources remove-search "&lt;query&gt;" --lang fr</c>: stop watching a news search in each engine.</summary>
internal static class RemoveSearchCommand
{
    public static Command Create()
    {
        var query = new Argument<string>("query") { Description = "The search, as it was added (spacing does not matter)." };
        var language = new Option<string>("--lang") { Description = "The language it was added in.", Required = true };
        var engines = EngineOption.Create();
        var command = new Command("remove-search", "Stop watching a news search: its feed in each engine goes, and so does any hub subscription.") { query, language, engines };
        command.SetAction(async (parse, ct) =>
        {
            var code = LanguageCode.Normalise(parse.GetValue(language)) ?? parse.GetValue(language)!;
            if (SearchSources.Refusal(parse.GetValue(query), code) is { } refusal)
                return await InvalidInput.ReportAsync(parse, refusal);
            if (!EngineOption.TryParse(parse.GetValue(engines), out var chosen, out var error))
                return await InvalidInput.ReportAsync(parse, error);
            return await CommandRunner.RunAsync(parse, async (host, output, token) =>
            {
                await SourceLines.WriteRemovedAsync(output, await host.Get<SearchSources>().RemoveAsync(parse.GetValue(query)!, code, chosen, token));
                return 0;
            }, ct);
        });
        return command;
    }
}
