using Microsoft.Extensions.Time.Testing;
using NewsWatch.Core.Classification.Scoring;
using NewsWatch.Training;

namespace NewsWatch.Training.Tests;

/// <summary>A whole training run on two small batches of the project's own labelled items.</summary>
public sealed class TrainerTests : IDisposable
{
    private static readonly string Data = Path.Combine(AppContext.BaseDirectory, "Data");

    private readonly string _folder = Directory.CreateTempSubdirectory("newswatch-training-").FullName;

    [Fact]
    public void Run_TwiceOnTheSameItems_WritesTheSameFileEvenOnALaterDay()
    {
        var output = Path.Combine(_folder, "alert-weights.tsv");
        var time = new FakeTimeProvider(new DateTimeOffset(2025, 3, 4, 12, 0, 0, TimeSpan.Zero));

        new Trainer(new TrainingSettings(), TextWriter.Null, time).Run(Data, output);
        var first = File.ReadAllBytes(output);
        time.Advance(TimeSpan.FromDays(30));
        new Trainer(new TrainingSettings(), TextWriter.Null, time).Run(Data, output);

        Assert.Equal(first, File.ReadAllBytes(output));
        using var reader = new StreamReader(output);
        var weights = AlertWeightsFile.Read(reader, output);
        Assert.Equal((1, "2025-03-04"), (weights.Version, weights.Trained));
        Assert.Contains("(58 items in 2 files)", weights.TrainingSet, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_ReportsHandSetAndLearnedOnTheSameHeldOutFolds_ByLanguageAndByBatch()
    {
        var log = new StringWriter();

        new Trainer(new TrainingSettings(), log, TimeProvider.System).Run(Data, Path.Combine(_folder, "weights.tsv"));

        var text = log.ToString();
        Assert.Contains("| language (items, alerts) | hand-set P / R / F1 | refit hand-set features P / R / F1 | learned P / R / F1 | boosted trees P / R / F1 |", text, StringComparison.Ordinal);
        Assert.Contains("| it (58, ", text, StringComparison.Ordinal);
        Assert.Contains("| probe2 (10, ", text, StringComparison.Ordinal);
        Assert.Contains("| fixtures (48, ", text, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
