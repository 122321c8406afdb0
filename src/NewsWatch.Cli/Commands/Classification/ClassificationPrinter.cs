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
    }

    private static Task WriteListAsync(TextWriter output, string label, IReadOnlyList<string> names) =>
        names.Count == 0 ? Task.CompletedTask : output.WriteLineAsync($"  {label + ":",-9} {string.Join(", ", names)}");

    private static string Name(AlertEvent alertEvent) => alertEvent.ToString().ToLowerInvariant();
}
