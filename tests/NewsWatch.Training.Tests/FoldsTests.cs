using NewsWatch.Training;

namespace NewsWatch.Training.Tests;

public class FoldsTests
{
    [Fact]
    public void Stratified_WithTheSameSeed_AssignsTheSameFolds()
    {
        Assert.Equal(Folds.Stratified(Examples.Tiny(), 3, seed: 1), Folds.Stratified(Examples.Tiny(), 3, seed: 1));
        Assert.NotEqual(Folds.Stratified(Examples.Tiny(), 3, seed: 1), Folds.Stratified(Examples.Tiny(), 3, seed: 2));
    }

    [Fact]
    public void Stratified_SpreadsEachLanguagesAlertsAndNonAlertsEvenly()
    {
        var examples = Examples.Tiny();

        var folds = Folds.Stratified(examples, 3, seed: 1);

        // 24 items: 2 languages x (6 alerts, 6 non-alerts), so each fold gets 2 of each stratum.
        foreach (var stratum in examples.Select((e, i) => (e, i)).GroupBy(p => (p.e.Language, p.e.IsAlert)))
            Assert.All(Enumerable.Range(0, 3), fold => Assert.Equal(2, stratum.Count(p => folds[p.i] == fold)));
    }

    [Fact]
    public void ByBatch_HoldsOutOneWholeBatchPerFold()
    {
        var examples = Examples.Tiny();

        var (folds, batches) = Folds.ByBatch(examples);

        Assert.Equal(["fixtures", "probe2"], batches);
        Assert.All(examples.Select((e, i) => (e, i)), p => Assert.Equal(batches[folds[p.i]], p.e.Batch));
    }
}
