using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;

namespace NewsWatch.Training;

/// <summary>
/// Boosted trees (ML.NET FastTree) over the same features, fitted only for comparison: a forest
/// cannot be explained term by term, so it is never embedded. If it beats the logistic
/// regression by much, the features miss an interaction worth naming.
/// </summary>
internal static class TreeFit
{
    public static Func<IReadOnlyList<double>, bool> Fit(IEnumerable<TrainingExample> examples, TrainingSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var ml = new MLContext(settings.Seed);
        var trainer = ml.BinaryClassification.Trainers.FastTree(new FastTreeBinaryTrainer.Options
        {
            NumberOfTrees = 100,
            NumberOfLeaves = 8,
            MinimumExampleCountPerLeaf = 10,
            LearningRate = 0.1,
            NumberOfThreads = 1,
            Seed = settings.Seed,
        });
        var model = trainer.Fit(FeatureRows.Load(ml, examples));
        var engine = ml.Model.CreatePredictionEngine<FeatureRows.Row, Verdict>(model, inputSchemaDefinition: FeatureRows.Schema);
        return features => engine.Predict(FeatureRows.Row.Of(features)).PredictedLabel;
    }

    private sealed class Verdict
    {
        [ColumnName("PredictedLabel")]
        public bool PredictedLabel { get; set; }
    }
}
