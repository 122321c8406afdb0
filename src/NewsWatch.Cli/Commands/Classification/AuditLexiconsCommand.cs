using System.CommandLine;
using NewsWatch.Core.Classification;
using NewsWatch.Core.Classification.Evaluation;

namespace NewsWatch.Cli.Commands.Classification;

/// <summary><c>newswatch audit-lexicons</c>: the lexicon rows that only one labelled item matches.</summary>
internal static class AuditLexiconsCommand
{
    public static Command Create()
    {
        var records = new Argument<FileInfo[]>("records") { Description = "Labelled JSONL files to count matches in.", Arity = ArgumentArity.OneOrMore };
        var command = new Command("audit-lexicons", "Lists tuning residue: lexicon rows that exactly one of the given labelled items matches. Generalise or remove each.")
        {
            records,
        };
        command.SetAction((parse, ct) => CommandRunner.RunAsync(parse, async (host, console, token) =>
        {
            var files = parse.GetValue(records)!;
            var missing = Array.Find(files, f => !f.Exists);
            if (missing is not null)
                throw new ArgumentException($"No such file: {missing.FullName}");
            var items = files.SelectMany(f => LabelledItemReader.ReadFile(f.FullName)).ToList();
            var report = LexiconAudit.Run(host.Get<Classifier>(), items);
            foreach (var residue in report.Residue)
            {
                token.ThrowIfCancellationRequested();
                var row = residue.Row;
                await console.WriteLineAsync($"{row.Language}\t{row.Kind}\t{row.Label}\t{row.Phrase}\t{residue.ItemId}");
            }

            await console.WriteLineAsync($"{report.Residue.Count} phrases of {LexiconAudit.MinPhraseWords}+ words are residue ({report.IdiomsSeenOnce} more are marked idioms); {report.RowsSeenOnce} of {report.RowsMatched} matching rows matched one item ({report.ItemsAudited} items).");
            return 0;
        }, ct, usesStorage: false));
        return command;
    }
}
