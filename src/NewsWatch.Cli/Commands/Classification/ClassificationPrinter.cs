using System.Globalization;
using NewsWatch.Core.Classification;

namespace NewsWatch.Cli.Commands.Classification;

/// <summary>Writes a classification for a person: the verdict, the entities, and each piece of evidence.</summary>
internal static class ClassificationPrinter
{
    public static async Task WriteAsync(TextWriter output, ClassificationResult result, double minScore)
    {
        var verdict = result.IsAlert(minScore) ? "ALERT" : "no alert";
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{verdict}: {Name(result.Event)} (score {result.Score:0.00}, threshold {minScore:0.00}, language {result.Language})"));
        if (result.Events.Count > 1)
            await output.WriteLineAsync($"  events:   {string.Join(", ", result.Events.Select(Name))}");
        await WriteListAsync(output, "orgs", result.Orgs);
        await WriteListAsync(output, "people", result.People);
        await WriteListAsync(output, "teams", result.Teams);
        await output.WriteLineAsync("  evidence:");
        foreach (var evidence in result.Evidence)
            await output.WriteLineAsync($"    [{evidence.Kind}] \"{evidence.Text}\" at {evidence.Start}: {evidence.Reason}");
        if (result.Evidence.Count == 0)
            await output.WriteLineAsync("    nothing matched");
        await output.WriteLineAsync($"  score terms (log-odds {Signed(result.ScoreTerms.Sum(t => t.Contribution))}):");
        foreach (var term in result.ScoreTerms)
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"    {term.Feature,-16} {term.Value,6:0.00} x {term.Weight,7:0.000} = {Signed(term.Contribution)}"));
    }

    // A zero term (no look-alike) reads "0.00", not "-0.00".
    private static string Signed(double value) => Math.Round(value, 2) == 0 ? "0.00" : value.ToString("+0.00;-0.00", CultureInfo.InvariantCulture);

    private static Task WriteListAsync(TextWriter output, string label, IReadOnlyList<string> names) =>
        names.Count == 0 ? Task.CompletedTask : output.WriteLineAsync($"  {label + ":",-9} {string.Join(", ", names)}");

    private static string Name(AlertEvent alertEvent) => alertEvent.ToString().ToLowerInvariant();
}
