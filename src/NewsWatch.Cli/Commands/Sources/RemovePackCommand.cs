using System.CommandLine;
using NewsWatch.Core.Sources;

namespace NewsWatch.Cli.Commands.Sources;

/// <summary><c>newswatch sources remove-pack ai-safety</c>: stop watching every search of a query pack.</summary>
internal static class RemovePackCommand
{
    public static Command Create()
    {
        var pack = new Argument<string>("pack") { Description = "A built-in pack's name or the path of a pack file, as it was added." };
        var languages = new Option<string?>("--lang") { Description = "Only these languages, comma-separated (all of the pack's unless given)." };
        var engines = EngineOption.Create();
        var command = new Command("remove-pack", "Stop watching every search of a query pack, in each engine.") { pack, languages, engines };
        command.SetAction(async (parse, ct) =>
        {
            if (!PackOption.TryResolve(parse.GetValue(pack)!, out var chosenPack, out var packError))
                return await InvalidInput.ReportAsync(parse, packError);
            if (!EngineOption.TryParse(parse.GetValue(engines), out var chosenEngines, out var engineError))
                return await InvalidInput.ReportAsync(parse, engineError);
            var wanted = (parse.GetValue(languages) ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            return await CommandRunner.RunAsync(parse, async (host, output, token) =>
            {
                await SourceLines.WriteRemovedAsync(output, await host.Get<SearchSources>().RemovePackAsync(chosenPack!, wanted, chosenEngines, token));
                return 0;
            }, ct);
        });
        return command;
    }
}
