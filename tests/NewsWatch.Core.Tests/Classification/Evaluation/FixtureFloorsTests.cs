using NewsWatch.Core.Classification.Evaluation;

namespace NewsWatch.Core.Tests.Classification.Evaluation;

/// <summary>
/// Floors on the hand-written fixtures in Classification/Data: news in each language, written
/// for these tests (never taken from ../shared/eval), with hard negatives.
/// </summary>
public class FixtureFloorsTests
{
    [Theory]
    [InlineData("en.jsonl")]
    [InlineData("fr.jsonl")]
    [InlineData("de.jsonl")]
    [InlineData("es.jsonl")]
    [InlineData("it.jsonl")]
    [InlineData("pt.jsonl")]
    [InlineData("nl.jsonl")]
    public void Evaluate_OnFixture_MeetsFloors(string file)
    {
        var items = LabelledItemReader.ReadFile(Path.Combine(AppContext.BaseDirectory, "Classification", "Data", file));

        var report = EvaluationReport.Evaluate(items, SharedClassifier.Instance);

        Assert.True(report.Alerts.Precision >= 0.9, $"{file} alert precision {report.Alerts}");
        Assert.True(report.Alerts.Recall >= 0.85, $"{file} alert recall {report.Alerts}");
        Assert.True(report.EventAccuracy >= 0.8, $"{file} event accuracy {report.EventAccuracy:0.000}");
        Assert.True(report.Entities.F1 >= 0.7, $"{file} entity F1 {report.Entities}");
    }

    [Theory]
    [InlineData("it.jsonl")]
    [InlineData("pt.jsonl")]
    [InlineData("nl.jsonl")]
    public void Fixture_ForNewLanguage_HasEnoughItemsAndHardNegatives(string file)
    {
        var items = LabelledItemReader.ReadFile(Path.Combine(AppContext.BaseDirectory, "Classification", "Data", file));

        Assert.True(items.Count >= 25, $"{file} has {items.Count} items");
        Assert.True(items.Count(i => i.Label!.Event == Core.Classification.AlertEvent.None) >= 10, $"{file} lacks hard negatives");
    }
}
