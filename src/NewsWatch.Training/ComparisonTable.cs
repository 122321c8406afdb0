using System.Globalization;
using System.Text;
using NewsWatch.Core.Classification.Evaluation;

namespace NewsWatch.Training;

/// <summary>Writes cross-validations of several learners side by side as a Markdown table, one row per group.</summary>
internal static class ComparisonTable
{
    public static string Of(string groupHeading, IReadOnlyList<CrossValidation> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var table = new StringBuilder();
        table.Append(CultureInfo.InvariantCulture, $"| {groupHeading} (items, alerts) |");
        foreach (var result in results)
            table.Append(CultureInfo.InvariantCulture, $" {result.Learner} P / R / F1 |");
        table.Append('\n').Append("| ---").Append(string.Concat(Enumerable.Repeat(" | ---", results.Count))).Append(" |\n");
        foreach (var group in results[0].ByGroup.Keys)
            Row(table, group, results.Select(r => r.ByGroup[group]).ToList());
        Row(table, "**all**", results.Select(r => r.Overall).ToList());
        table.Append("| false alarms / misses |");
        foreach (var result in results)
            table.Append(CultureInfo.InvariantCulture, $" {result.Overall.FalsePositives} / {result.Overall.FalseNegatives} |");
        return table.Append('\n').ToString();
    }

    private static void Row(StringBuilder table, string group, List<BinaryMetrics> metrics)
    {
        var first = metrics[0];
        table.Append(CultureInfo.InvariantCulture, $"| {group} ({first.Total}, {first.TruePositives + first.FalseNegatives}) |");
        foreach (var m in metrics)
            table.Append(CultureInfo.InvariantCulture, $" {m.Precision:0.000} / {m.Recall:0.000} / {m.F1:0.000} |");
        table.Append('\n');
    }
}
