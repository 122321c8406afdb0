using System.CommandLine;
using System.Globalization;
using NewsWatch.Core.Classification.Evaluation;
using NewsWatch.Core.Sources.Packs;

namespace NewsWatch.Cli.Commands.Sources;

/// <summary>
/// <c>newswatch sources packs</c>: the built-in query packs and their queries per language;
/// with <c>--measure</c>, how many of a labelled file's items each pack would find.
/// </summary>
internal static class PacksCommand
{
    public static Command Create()
    {
        var measure = new Option<FileInfo?>("--measure") { Description = "A labelled JSON-lines file: replay each pack over it as a search would, and print recall per language." };
        var file = new Option<string?>("--pack") { Description = "Show (and measure) this pack, built-in or a pack file, instead of every built-in pack." };
        var command = new Command("packs", "List the query packs, their queries per language, and (with --measure) their recall on labelled items.") { measure, file };
        command.SetAction(async (parse, ct) =>
        {
            IReadOnlyList<QueryPack> packs = QueryPacks.BuiltIn;
            if (parse.GetValue(file) is { } named)
            {
                if (!PackOption.TryResolve(named, out var pack, out var error))
                    return await InvalidInput.ReportAsync(parse, error);
                packs = [pack!];
            }

            var labelled = parse.GetValue(measure);
            if (labelled is { Exists: false })
                return await InvalidInput.ReportAsync(parse, $"No labelled file at {labelled.FullName}.");
            return await CommandRunner.RunAsync(parse, async (_, output, _) =>
            {
                var items = labelled is null ? null : LabelledItemReader.ReadFile(labelled.FullName);
                foreach (var pack in packs)
                    await PrintAsync(output, pack, items);
                return 0;
            }, ct, usesStorage: false);
        });
        return command;
    }

    private static async Task PrintAsync(TextWriter output, QueryPack pack, IReadOnlyList<LabelledItem>? items)
    {
        await output.WriteLineAsync($"{pack.Name}: {pack.Description}");
        var perLanguage = string.Join(", ", pack.Languages.Select(lang => $"{lang} {pack.QueriesFor(lang).Count}"));
        await output.WriteLineAsync($"  {pack.Queries.Count} queries ({perLanguage})");
        if (items is null)
            return;
        var report = PackRecall.Measure(pack, items);
        await output.WriteLineAsync($"  {"lang",-5} {"positives",9} {"recall",7} {"negatives",9} {"let through",11}");
        foreach (var row in report.Languages.Append(report.Total))
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"  {row.Lang,-5} {row.Positives,9} {row.Recall,7:F3} {row.Negatives,9} {row.ShareLetThrough,11:F3}"));
        }
    }
}
