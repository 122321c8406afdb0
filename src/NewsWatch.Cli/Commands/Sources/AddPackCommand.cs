using System.CommandLine;
using NewsWatch.Core.Sources;

namespace NewsWatch.Cli.Commands.Sources;

/// <summary><c>newswatch sources add-pack ai-safety</c>: watch every search of a query pack.</summary>
internal static class AddPackCommand
{
    public static Command Create()
    {
        var pack = new Argument<string>("pack") { Description = "A built-in pack's name (see 'sources packs') or the path of a pack file." };
        var languages = new Option<string?>("--lang") { Description = "Only these languages, comma-separated (all of the pack's unless given)." };
        var engines = EngineOption.Create();
        var command = new Command("add-pack", "Watch every search of a query pack, in each engine.") { pack, languages, engines };
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
                await SourceLines.WriteAsync(output, await host.Get<SearchSources>().AddPackAsync(chosenPack!, wanted, chosenEngines, token));
                return 0;
            }, ct);
        });
        return command;
    }
}
