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

    /// <summary>
    /// Blind probes: each batch was written and scored before any lexicon change made for it
    /// (unknown names, other countries' institutes, verbless headlines, hard negatives such as
    /// product safety features, sports coaches and non-safety executives), then kept so the
    /// general fixes they led to stay fixed. Floors sit below the scores reached after those fixes.
    /// </summary>
    [Theory]
    [MemberData(nameof(ProbeFiles))]
    public void Evaluate_OnBlindProbe_MeetsFloors(string file)
    {
        var items = LabelledItemReader.ReadFile(Path.Combine(AppContext.BaseDirectory, "Classification", "Data", file));

        var report = EvaluationReport.Evaluate(items, SharedClassifier.Instance);

        Assert.True(report.Alerts.F1 >= 0.85, $"{file} alert F1 {report.Alerts}");
        Assert.True(report.EventAccuracy >= 0.8, $"{file} event accuracy {report.EventAccuracy:0.000}");
        Assert.True(report.Entities.F1 >= 0.55, $"{file} entity F1 {report.Entities}");
    }

    /// <summary>
    /// Batches 10 to 45 are written as outlets publish (up to 23, 26 to 29, 33, 35, 37, 39 to 45, a third to a half of them full
    /// articles with background paragraphs, quotes, embedded posts and "Read also" links; 24, 25, 30 to 32, 34, 36 and 38,
    /// headlines and summaries only; most names invented). Their floors are pooled over the seven languages: with 14 to 16 items a file,
    /// one miss moves a file's F1 by about 0.1. Scores before and after tuning are in
    /// docs/classification.md.
    /// </summary>
    [Theory]
    [InlineData("probe10", 98, 0.9, 0.8, 30)]
    [InlineData("probe11", 112, 0.9, 0.7, 30)]
    [InlineData("probe12", 98, 0.85, 0.7, 28)]
    [InlineData("probe13", 112, 0.9, 0.8, 35)]
    [InlineData("probe14", 112, 0.88, 0.8, 35)]
    [InlineData("probe15", 112, 0.9, 0.78, 35)]
    [InlineData("probe16", 112, 0.92, 0.88, 50)]
    [InlineData("probe17", 112, 0.92, 0.88, 50)]
    [InlineData("probe18", 112, 0.9, 0.78, 45)]
    [InlineData("probe19", 112, 0.92, 0.88, 45)]
    [InlineData("probe20", 112, 0.92, 0.86, 40)]
    [InlineData("probe21", 112, 0.88, 0.78, 40)]
    [InlineData("probe22", 112, 0.87, 0.7, 35)]
    [InlineData("probe23", 112, 0.84, 0.77, 28)]
    [InlineData("probe24", 140, 0.86, 0.8, 0)]
    [InlineData("probe25", 140, 0.88, 0.74, 0)]
    [InlineData("probe26", 140, 0.88, 0.8, 45)]
    [InlineData("probe27", 140, 0.9, 0.8, 25)]
    [InlineData("probe28", 140, 0.92, 0.84, 20)]
    [InlineData("probe29", 140, 0.92, 0.82, 30)]
    [InlineData("probe30", 140, 0.92, 0.83, 0)]
    [InlineData("probe31", 140, 0.95, 0.9, 0)]
    [InlineData("probe32", 140, 0.92, 0.82, 0)]
    [InlineData("probe33", 140, 0.95, 0.9, 45)]
    [InlineData("probe34", 140, 0.93, 0.8, 0)]
    [InlineData("probe35", 140, 0.9, 0.77, 40)]
    [InlineData("probe36", 140, 0.88, 0.78, 0)]
    // Batch 37 carries its 42 full articles in the summary, as some feeds do: no content of their own.
    [InlineData("probe37", 140, 0.93, 0.85, 0)]
    [InlineData("probe38", 140, 0.91, 0.8, 0)]
    // Batch 39 carries its 56 full articles in the summary too, many with the news only in the third paragraph.
    [InlineData("probe39", 140, 0.85, 0.75, 0)]
    // Batch 40 carries its articles in the summary too, many under vague headlines.
    [InlineData("probe40", 140, 0.92, 0.8, 0)]
    // Batch 41 was scored untuned and joined the tests without any change made for it.
    [InlineData("probe41", 140, 0.9, 0.83, 0)]
    // Batch 42 was scored untuned (alert F1 0.907, events 0.732), then prompted general fixes.
    [InlineData("probe42", 140, 0.92, 0.81, 0)]
    // Batch 43 was scored untuned (alert F1 0.887, events 0.778) at e1a32e6.
    [InlineData("probe43", 140, 0.89, 0.78, 0)]
    // Batch 44 was scored untuned (alert F1 0.806, events 0.671) at a071bf0, then prompted general fixes.
    [InlineData("probe44", 140, 0.91, 0.84, 0)]
    // Batch 45 was scored untuned (alert F1 0.871, events 0.841) at 4f96045, then prompted general fixes.
    [InlineData("probe45", 140, 0.91, 0.84, 0)]
    // Batch 46 was scored untuned (alert F1 0.908, events 0.746) at 32b8370, then prompted general fixes.
    [InlineData("probe46", 140, 0.96, 0.90, 0)]
    // Batch 47 was scored untuned (alert F1 0.847, events 0.635) at b32f3fd, then prompted general fixes.
    [InlineData("probe47", 140, 0.84, 0.64, 0)]
    // Batch 48 was scored untuned (alert F1 0.952, events 0.857) at 8a942d4, then prompted general fixes.
    [InlineData("probe48", 140, 0.94, 0.89, 0)]
    // Batch 49 was scored untuned (alert F1 0.935, events 0.873) at 8265265 and joined the tests unchanged.
    [InlineData("probe49", 140, 0.93, 0.86, 0)]
    // Batch 50 (feature and question headlines, denials, corrections, round-ups) was scored untuned
    // (alert F1 0.823, events 0.651) at f5b6d1a, then prompted general fixes.
    [InlineData("probe50", 140, 0.85, 0.66, 0)]
    // Batch 51 (public bodies, universities, boards, pledges, press releases, round-ups) was scored
    // untuned (alert F1 0.944, events 0.778) at 3bec140, then prompted general fixes.
    [InlineData("probe51", 140, 0.94, 0.76, 0)]
    // Batch 52 (quote and teaser headlines over interviews, newsletters and live blogs, memos and
    // posts, code-named teams) was scored untuned (alert F1 0.796, events 0.524) at 19ad00a and
    // joined the tests unchanged: the rules tried for it cost more than they gained.
    [InlineData("probe52", 140, 0.79, 0.52, 0)]
    public void Evaluate_OnArticleBatch_MeetsFloors(string batch, int size, double minF1, double minEventAccuracy, int minArticles)
    {
        var items = Languages
            .SelectMany(language => LabelledItemReader.ReadFile(Path.Combine(AppContext.BaseDirectory, "Classification", "Data", $"{batch}.{language}.jsonl")))
            .ToList();

        var report = EvaluationReport.Evaluate(items, SharedClassifier.Instance);

        Assert.Equal(size, items.Count);
        Assert.True(items.Count(i => i.Content.Length > 0) >= minArticles, $"{batch} lacks full articles");
        Assert.True(report.Alerts.F1 >= minF1, $"{batch} alert F1 {report.Alerts}");
        Assert.True(report.EventAccuracy >= minEventAccuracy, $"{batch} event accuracy {report.EventAccuracy:0.000}");
    }

    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    [InlineData("de")]
    [InlineData("es")]
    [InlineData("it")]
    [InlineData("pt")]
    [InlineData("nl")]
    public void BlindProbes_ForEachLanguage_HaveEnoughItemsAndHardNegatives(string language)
    {
        var items = ProbeFileNames
            .Where(file => file.EndsWith($".{language}.jsonl", StringComparison.Ordinal))
            .SelectMany(file => LabelledItemReader.ReadFile(Path.Combine(AppContext.BaseDirectory, "Classification", "Data", file)))
            .ToList();

        Assert.True(items.Count >= 100, $"{language} probes have {items.Count} items");
        Assert.True(items.Count(i => i.Label!.Event == Core.Classification.AlertEvent.None) >= 50, $"{language} probes lack hard negatives");
    }

    private static readonly string[] Languages = ["en", "fr", "de", "es", "it", "pt", "nl"];

    public static TheoryData<string> ProbeFiles() => new(ProbeFileNames);

    private static readonly string[] ProbeFileNames =
    [
        .. from batch in new[] { "probe", "probe2", "probe3", "probe4", "probe5", "probe6", "probe7", "probe8", "probe9" }
           from language in new[] { "en", "fr", "de", "es", "it", "pt", "nl" }
           select $"{batch}.{language}.jsonl",
    ];
}
