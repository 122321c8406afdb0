using System.Globalization;
using NewsWatch.Core.Classification;
using NewsWatch.Core.Classification.Evaluation;

namespace NewsWatch.Cli.Commands.Classification;

/// <summary>Writes an evaluation report for a person, misclassified items last.</summary>
internal static class EvaluationPrinter
{
    public static async Task WriteAsync(TextWriter output, EvaluationReport report)
    {
        await output.WriteLineAsync(Line($"Alert vs none (threshold {report.MinScore:0.00}): {report.Alerts}"));
        await output.WriteLineAsync("By language:");
        foreach (var (language, metrics) in report.AlertsByLanguage.OrderBy(p => p.Key, StringComparer.Ordinal))
            await output.WriteLineAsync($"  {language}  {metrics}");
        await output.WriteLineAsync("By event:");
        foreach (var (alertEvent, metrics) in report.ByEvent.OrderByDescending(p => p.Key))
            await output.WriteLineAsync(Line($"  {alertEvent.ToString().ToLowerInvariant(),-14} P {metrics.Precision:0.000} R {metrics.Recall:0.000} (labelled {metrics.TruePositives + metrics.FalseNegatives})"));
        await output.WriteLineAsync(Line($"Event accuracy on true alerts: {report.EventAccuracy:0.000}"));
        await output.WriteLineAsync(Line($"Entity F1 (micro): orgs {report.Orgs.F1:0.000}, people {report.People.F1:0.000}, teams {report.Teams.F1:0.000}, all {report.Entities.F1:0.000}"));
        await output.WriteLineAsync("Confusion matrix:");
        await output.WriteAsync(report.Confusion.ToString());
        await output.WriteLineAsync($"Misclassified ({report.Misclassified.Count}):");
        foreach (var miss in report.Misclassified)
            await output.WriteLineAsync(Line($"  {miss.Id} [{miss.Lang}] {Name(miss.Labelled)} -> {Name(miss.Predicted)} ({miss.Score:0.00}): {miss.Title}"));
    }

    private static string Name(AlertEvent alertEvent) => alertEvent.ToString().ToLowerInvariant();

    private static string Line(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
