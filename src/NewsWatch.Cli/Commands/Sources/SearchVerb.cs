using System.CommandLine;
using NewsWatch.Core.Feeds;
using NewsWatch.Core.Sources;

namespace NewsWatch.Cli.Commands.Sources;

/// <summary>What <c>add-search</c> and <c>remove-search</c> share: a query, its language and the engines, checked before storage is touched.</summary>
internal static class SearchVerb
{
    public delegate Task<IReadOnlyList<SearchSource>> Change(SearchSources sources, string query, string language, IReadOnlyList<SearchEngine> engines, CancellationToken cancellationToken);

    public static Command Create(string name, string description, string queryDescription, Change change, Func<TextWriter, IReadOnlyList<SearchSource>, Task> print)
    {
        var query = new Argument<string>("query") { Description = queryDescription };
        var language = new Option<string>("--lang") { Description = "The language to search in: en, fr, de, es, it, pt or nl.", Required = true };
        var engines = EngineOption.Create();
        var command = new Command(name, description) { query, language, engines };
        command.SetAction(async (parse, ct) =>
        {
            var code = LanguageCode.Normalise(parse.GetValue(language)) ?? parse.GetValue(language)!;
            if (SearchSources.Refusal(parse.GetValue(query), code) is { } refusal)
                return await InvalidInput.ReportAsync(parse, refusal);
            if (!EngineOption.TryParse(parse.GetValue(engines), out var chosen, out var error))
                return await InvalidInput.ReportAsync(parse, error);
            return await CommandRunner.RunAsync(parse, async (host, output, token) =>
            {
                await print(output, await change(host.Get<SearchSources>(), parse.GetValue(query)!, code, chosen, token));
                return 0;
            }, ct);
        });
        return command;
    }
}
