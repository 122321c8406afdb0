using NewsWatch.Core.Classification.Evaluation;

namespace NewsWatch.Core.Tests.Classification.Evaluation;

/// <summary>
/// Scope from context: the project's labelled alerts, with every person and company swapped for
/// an invented one, must still be found. What is left to go on is what the text says.
/// </summary>
public class NameSwapTests
{
    private static readonly string DataFolder = Path.Combine(AppContext.BaseDirectory, "Classification", "Data");

    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    [InlineData("de")]
    [InlineData("es")]
    [InlineData("it")]
    [InlineData("pt")]
    [InlineData("nl")]
    public void Evaluate_AlertsWithInventedNames_AreStillFound(string language)
    {
        var alerts = Directory.EnumerateFiles(DataFolder, $"*{language}.jsonl")
            .SelectMany(LabelledItemReader.ReadFile)
            .Where(item => item.Lang == language && item.Label!.Event != Core.Classification.AlertEvent.None)
            .Select((item, i) => NameSwap.Apply(item, i))
            .ToList();

        var report = EvaluationReport.Evaluate(alerts, SharedClassifier.Instance);

        Assert.True(alerts.Count >= 50, $"{language}: only {alerts.Count} labelled alerts");
        Assert.True(report.Alerts.Recall >= RecallFloor, $"{language} recall with invented names {report.Alerts}");
    }

    // Measured at 0.90-0.95 per language (0.86-0.95 before model testing, computing power and
    // the vocabulary of AI products counted as AI context; 0.76-0.84 before unknown start-up
    // names did); with the real names, 0.97 on the items tuned on. Batch 43's harder French
    // alerts, added untuned, brought French to 0.879.
    private const double RecallFloor = 0.87;
}
