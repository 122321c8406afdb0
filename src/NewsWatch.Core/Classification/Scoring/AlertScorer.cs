namespace NewsWatch.Core.Classification.Scoring;

/// <summary>
/// Maps signals to a probability-like score: the logistic function of the weighted sum of the
/// item's <see cref="AlertFeatures"/>. The terms of that sum are returned with the score, so
/// every score can be explained feature by feature, hand-set and learned weights alike.
/// </summary>
internal static class AlertScorer
{
    public const string BiasTerm = "bias";

    public static double Score(Signals signals, AlertWeights weights) => Sigmoid(Logit(AlertFeatures.Of(signals), weights));

    /// <summary>The score and its terms: the bias (value 1) and each feature with a non-zero weight.</summary>
    public static (double Score, IReadOnlyList<ScoreTerm> Terms) Explain(Signals signals, AlertWeights weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        var features = AlertFeatures.Of(signals);
        var terms = new List<ScoreTerm>(features.Length + 1) { new(BiasTerm, 1, weights.Bias) };
        for (var i = 0; i < features.Length; i++)
        {
            if (weights.Weights[i] != 0)
                terms.Add(new ScoreTerm(AlertFeatures.Names[i], features[i], weights.Weights[i]));
        }

        return (Sigmoid(Logit(features, weights)), terms);
    }

    /// <summary>The log-odds of an alert for one feature vector, in <see cref="AlertFeatures.Names"/> order.</summary>
    public static double Logit(IReadOnlyList<double> features, AlertWeights weights)
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(weights);
        var z = weights.Bias;
        for (var i = 0; i < features.Count; i++)
            z += weights.Weights[i] * features[i];
        return z;
    }

    public static double Sigmoid(double z) => 1.0 / (1.0 + Math.Exp(-z));
}
