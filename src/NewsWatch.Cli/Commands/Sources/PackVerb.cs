using System.CommandLine;
using NewsWatch.Core.Sources;
using NewsWatch.Core.Sources.Packs;

namespace NewsWatch.Cli.Commands.Sources;

/// <summary>What <c>add-pack</c> and <c>remove-pack</c> share: a pack, its languages and the engines, checked before storage is touched.</summary>
internal static class PackVerb
{
    public delegate Task<IReadOnlyList<SearchSource>> Change(SearchSources sources, QueryPack pack, IReadOnlyCollection<string> languages, IReadOnlyList<SearchEngine> engines, CancellationToken cancellationToken);

    public static Command Create(string name, string description, Change change, Func<TextWriter, IReadOnlyList<SearchSource>, Task> print)
    {
        var pack = new Argument<string>("pack") { Description = "A built-in pack's name (see 'sources packs') or the path of a pack file." };
        var languages = new Option<string?>("--lang") { Description = "Only these languages, comma-separated (all of the pack's unless given)." };
        var engines = EngineOption.Create();
        var command = new Command(name, description) { pack, languages, engines };
        command.SetAction(async (parse, ct) =>
        {
            if (!PackOption.TryResolve(parse.GetValue(pack)!, out var chosenPack, out var packError))
                return await InvalidInput.ReportAsync(parse, packError);
            if (!EngineOption.TryParse(parse.GetValue(engines), out var chosenEngines, out var engineError))
                return await InvalidInput.ReportAsync(parse, engineError);
            var wanted = (parse.GetValue(languages) ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (wanted.FirstOrDefault(lang => !chosenPack!.Languages.Contains(lang)) is { } missing)
                return await InvalidInput.ReportAsync(parse, $"The pack has no queries in '{missing}': it has {string.Join(", ", chosenPack!.Languages)}.");
            return await CommandRunner.RunAsync(parse, async (host, output, token) =>
            {
                await print(output, await change(host.Get<SearchSources>(), chosenPack!, wanted, chosenEngines, token));
                return 0;
            }, ct);
        });
        return command;
    }
}
