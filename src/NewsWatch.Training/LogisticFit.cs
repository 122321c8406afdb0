using System.Globalization;
using Microsoft.ML;
using Microsoft.ML.Trainers;
using NewsWatch.Core.Classification.Scoring;

namespace NewsWatch.Training;

/// <summary>
/// Fits alert weights with ML.NET's L-BFGS logistic regression: no normalisation, so the weights
/// apply to the features as Core computes them, and one thread, so the fit is the same every run.
/// </summary>
internal static class LogisticFit
{
    // Four decimals are far finer than the fit's own uncertainty, and keep the file readable.
    private const int Decimals = 4;

    public static AlertWeights Fit(IEnumerable<TrainingExample> examples, TrainingSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var ml = new MLContext(settings.Seed);
        var trainer = ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
        {
            L1Regularization = 0,
            L2Regularization = settings.L2,
            NumberOfThreads = 1,
        });
        var linear = trainer.Fit(FeatureRows.Load(ml, examples)).Model.SubModel;
        return new AlertWeights(Round(linear.Bias), [.. linear.Weights.Select(Round)])
        {
            Method = string.Create(CultureInfo.InvariantCulture, $"ML.NET L-BFGS logistic regression, L2 {settings.L2}, seed {settings.Seed}"),
        };
    }

    private static double Round(float value) => Math.Round((double)value, Decimals);
}
