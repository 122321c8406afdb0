using NewsWatch.Core.Classification.Evaluation;

namespace NewsWatch.Core.Tests.Classification.Evaluation;

/// <summary>
/// Floors on the shared labelled development set, read in place from ../shared/eval beside
/// the repository (it is never copied into the project). Skipped where it is not present.
/// </summary>
public class DevSetFloorsTests
{
    private static readonly Lazy<EvaluationReport?> Report = new(() => Evaluate(declareLanguage: true));
    private static readonly Lazy<EvaluationReport?> ReportWithDetection = new(() => Evaluate(declareLanguage: false));

    [Fact]
    public void Evaluate_OnDevSet_AlertPrecisionAndRecallMeetFloors()
    {
        var report = RequireReport();

        Assert.True(report.Alerts.Precision >= 0.97, $"alert {report.Alerts}");
        Assert.True(report.Alerts.Recall >= 0.95, $"alert {report.Alerts}");
    }

    [Fact]
    public void Evaluate_OnDevSet_EveryLanguageMeetsAlertF1Floor()
    {
        var report = RequireReport();

        Assert.All(report.AlertsByLanguage, pair => Assert.True(pair.Value.F1 >= 0.92, $"{pair.Key}: {pair.Value}"));
    }

    [Fact]
    public void Evaluate_OnDevSet_EventAccuracyMeetsFloor()
    {
        var report = RequireReport();

        Assert.True(report.EventAccuracy >= 0.92, $"event accuracy {report.EventAccuracy:0.000}\n{report.Confusion}");
    }

    [Fact]
    public void Evaluate_OnDevSet_EntityMicroF1MeetsFloor()
    {
        var report = RequireReport();

        Assert.True(report.Entities.F1 >= 0.85, $"entities {report.Entities}; orgs {report.Orgs}; people {report.People}; teams {report.Teams}");
    }

    [Fact]
    public void Evaluate_OnDevSetWithoutDeclaredLanguages_MeetsTheSameAlertFloors()
    {
        var report = RequireReport(ReportWithDetection);

        Assert.True(report.Alerts.Precision >= 0.97 && report.Alerts.Recall >= 0.95, $"alert {report.Alerts}");
        Assert.True(report.EventAccuracy >= 0.92, $"event accuracy {report.EventAccuracy:0.000}");
    }

    private static EvaluationReport RequireReport(Lazy<EvaluationReport?>? report = null)
    {
        var value = (report ?? Report).Value;
        if (value is null)
            Assert.Skip("../shared/eval/dev.jsonl was not found beside the directory holding NewsWatch.sln.");
        return value;
    }

    private static EvaluationReport? Evaluate(bool declareLanguage) =>
        FindDevSet() is { } path
            ? EvaluationReport.Evaluate(LabelledItemReader.ReadFile(path), SharedClassifier.Instance, declareLanguage: declareLanguage)
            : null;

    private static string? FindDevSet()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NewsWatch.sln")))
            {
                var path = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "eval", "dev.jsonl"));
                return File.Exists(path) ? path : null;
            }
        }

        return null;
    }
}
