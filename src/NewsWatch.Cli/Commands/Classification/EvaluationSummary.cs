using NewsWatch.Core.Classification;
using NewsWatch.Core.Classification.Evaluation;

namespace NewsWatch.Cli.Commands.Classification;

/// <summary>An evaluation report in the shape <c>eval --json</c> prints for scripts.</summary>
internal sealed record EvaluationSummary(
    double MinScore,
    Metrics Alerts,
    IReadOnlyDictionary<string, Metrics> AlertsByLanguage,
    IReadOnlyDictionary<string, Metrics> ByEvent,
    double EventAccuracy,
    IReadOnlyDictionary<string, Metrics> Entities,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Confusion,
    IReadOnlyList<Misclassification> Misclassified)
{
    public static EvaluationSummary Of(EvaluationReport report)
    {
        var events = Enum.GetValues<AlertEvent>();
        return new EvaluationSummary(
            report.MinScore,
            Metrics.Of(report.Alerts),
            report.AlertsByLanguage.ToDictionary(p => p.Key, p => Metrics.Of(p.Value)),
            report.ByEvent.ToDictionary(p => Name(p.Key), p => Metrics.Of(p.Value)),
            report.EventAccuracy,
            new Dictionary<string, Metrics> { ["orgs"] = Metrics.Of(report.Orgs), ["people"] = Metrics.Of(report.People), ["teams"] = Metrics.Of(report.Teams), ["all"] = Metrics.Of(report.Entities) },
            events.ToDictionary(Name, labelled => (IReadOnlyDictionary<string, int>)events.ToDictionary(Name, predicted => report.Confusion[labelled, predicted])),
            report.Misclassified);
    }

    private static string Name(AlertEvent alertEvent) => alertEvent.ToString().ToLowerInvariant();
}

internal sealed record Metrics(double Precision, double Recall, double F1, int TruePositives, int FalsePositives, int FalseNegatives, int TrueNegatives)
{
    public static Metrics Of(BinaryMetrics m) => new(m.Precision, m.Recall, m.F1, m.TruePositives, m.FalsePositives, m.FalseNegatives, m.TrueNegatives);
}
