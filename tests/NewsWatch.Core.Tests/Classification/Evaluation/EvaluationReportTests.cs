using NewsWatch.Core.Classification;
using NewsWatch.Core.Classification.Evaluation;

namespace NewsWatch.Core.Tests.Classification.Evaluation;

/// <summary>The report's arithmetic, on a handmade set whose counts are worked out by hand.</summary>
public class EvaluationReportTests
{
    // Four items: a right departure (en), a departure predicted as dissolution (en),
    // a missed formation (fr, score under threshold), and a false alarm (fr).
    private static readonly (LabelledItem, ClassificationResult)[] Classified =
    [
        (Item("a", "en", AlertEvent.Departure, orgs: ["OpenAI"], people: ["Jan Leike"]),
            Result(AlertEvent.Departure, 0.9, orgs: ["openai"], people: ["Jan Leike", "Sam Altman"])),
        (Item("b", "en", AlertEvent.Departure, teams: ["Superalignment"]),
            Result(AlertEvent.Dissolution, 0.8, teams: ["superalignment team"])),
        (Item("c", "fr", AlertEvent.Formation, orgs: ["INESIA"]),
            Result(AlertEvent.Formation, 0.3, orgs: ["INESIA"])),
        (Item("d", "fr", AlertEvent.None),
            Result(AlertEvent.Arrival, 0.7, orgs: ["Meta"])),
    ];

    [Fact]
    public void Compute_CountsAlertsAgainstLabels()
    {
        var report = EvaluationReport.Compute(Classified);

        Assert.Equal(new BinaryMetrics(2, 1, 1, 0), report.Alerts);
        Assert.Equal(2.0 / 3, report.Alerts.Precision, 6);
        Assert.Equal(2.0 / 3, report.Alerts.Recall, 6);
        Assert.Equal(2.0 / 3, report.Alerts.F1, 6);
    }

    [Fact]
    public void Compute_SplitsAlertsByLanguage()
    {
        var report = EvaluationReport.Compute(Classified);

        Assert.Equal(new BinaryMetrics(2, 0, 0, 0), report.AlertsByLanguage["en"]);
        Assert.Equal(new BinaryMetrics(0, 1, 1, 0), report.AlertsByLanguage["fr"]);
        Assert.Equal(0.0, report.AlertsByLanguage["fr"].F1);
    }

    [Fact]
    public void Compute_ScoresEachEventAndTheEventAccuracyOfTrueAlerts()
    {
        var report = EvaluationReport.Compute(Classified);

        Assert.Equal(1.0, report.ByEvent[AlertEvent.Departure].Precision);
        Assert.Equal(0.5, report.ByEvent[AlertEvent.Departure].Recall);
        Assert.Equal(0.0, report.ByEvent[AlertEvent.Dissolution].Precision);
        Assert.Equal(0.0, report.ByEvent[AlertEvent.Formation].Recall);
        Assert.Equal(1.0 / 3, report.EventAccuracy, 6);
    }

    [Fact]
    public void Compute_MatchesEntitiesIgnoringCaseAndContainment_AndIgnoresEntitiesOfNonAlerts()
    {
        var report = EvaluationReport.Compute(Classified);

        Assert.Equal(new BinaryMetrics(1, 1, 1, 0), report.Orgs);
        Assert.Equal(new BinaryMetrics(1, 1, 0, 0), report.People);
        Assert.Equal(new BinaryMetrics(1, 0, 0, 0), report.Teams);
        Assert.Equal(new BinaryMetrics(3, 2, 1, 0), report.Entities);
    }

    [Fact]
    public void Compute_FillsConfusionMatrixAndListsMisclassifiedItems()
    {
        var report = EvaluationReport.Compute(Classified);

        Assert.Equal(1, report.Confusion[AlertEvent.Departure, AlertEvent.Departure]);
        Assert.Equal(1, report.Confusion[AlertEvent.Departure, AlertEvent.Dissolution]);
        Assert.Equal(1, report.Confusion[AlertEvent.Formation, AlertEvent.None]);
        Assert.Equal(1, report.Confusion[AlertEvent.None, AlertEvent.Arrival]);
        Assert.Equal(["b", "c", "d"], report.Misclassified.Select(m => m.Id));
    }

    [Fact]
    public void Compute_WhenThresholdIsLowered_CountsLowScoresAsAlerts()
    {
        var report = EvaluationReport.Compute(Classified, minScore: 0.2);

        Assert.Equal(new BinaryMetrics(3, 1, 0, 0), report.Alerts);
    }

    [Fact]
    public void Compute_IgnoresUnlabelledItems()
    {
        var unlabelled = Item("e", "en", AlertEvent.None) with { Label = null };

        var report = EvaluationReport.Compute([.. Classified, (unlabelled, Result(AlertEvent.Departure, 0.9))]);

        Assert.Equal(4, report.Alerts.Total);
    }

    private static LabelledItem Item(string id, string lang, AlertEvent label, string[]? orgs = null, string[]? people = null, string[]? teams = null) =>
        new(id, lang, $"title {id}", string.Empty, null, null, null,
            new ItemLabel(label, label == AlertEvent.None ? [] : [label], orgs ?? [], people ?? [], teams ?? []));

    private static ClassificationResult Result(AlertEvent predicted, double score, string[]? orgs = null, string[]? people = null, string[]? teams = null) =>
        new(predicted, predicted == AlertEvent.None ? [] : [predicted], score, "en", orgs ?? [], people ?? [], teams ?? [], []);
}
