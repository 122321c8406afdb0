using NewsWatch.Core.Classification;
using NewsWatch.Core.Classification.Scoring;

namespace NewsWatch.Training;

/// <summary>A way to decide alerts, fitted on training examples (the hand-set weights ignore them).</summary>
/// <param name="Fit">Fits on the training examples and returns the decision for a held-out one.</param>
internal sealed record Learner(string Name, Func<IReadOnlyList<TrainingExample>, Func<TrainingExample, bool>> Fit)
{
    private static readonly double MinScore = new ClassificationOptions().MinScore;

    public static Learner HandSet { get; } = new("hand-set", _ => e => IsAlert(e, HandSetWeights.Weights));

    public static Learner Logistic(TrainingSettings settings) => new("learned", train =>
    {
        var weights = LogisticFit.Fit(train, settings);
        return e => IsAlert(e, weights);
    });

    /// <summary>
    /// The logistic regression given only the features the hand-set weights use: it tells
    /// whether a difference comes from refitting those weights or from the added features.
    /// </summary>
    public static Learner RefitHandSet(TrainingSettings settings) => new("refit hand-set features", train =>
    {
        // A feature that is 0 in every example gets weight 0 under an L2 penalty: it is left out of the fit.
        var used = AlertFeatures.Names.Select(name => HandSetWeights.Weights.WeightOf(name) != 0).ToArray();
        var weights = LogisticFit.Fit(train.Select(e => e with { Features = [.. e.Features.Select((f, i) => used[i] ? f : 0)] }), settings);
        return e => IsAlert(e, weights);
    });

    public static Learner Trees(TrainingSettings settings) => new("boosted trees", train =>
    {
        var predict = TreeFit.Fit(train, settings);
        return e => e.HasEvent && predict(e.Features);
    });

    /// <summary>Decides as <see cref="ClassificationResult.IsAlert"/> does: an event, and a score at the default threshold.</summary>
    public static bool IsAlert(TrainingExample example, AlertWeights weights)
    {
        ArgumentNullException.ThrowIfNull(example);
        return example.HasEvent && AlertScorer.Sigmoid(AlertScorer.Logit(example.Features, weights)) >= MinScore;
    }
}
