namespace NewsWatch.Core.Classification.Scoring;

/// <summary>
/// A bias and one weight per <see cref="AlertFeatures"/> feature, in the features' order: an
/// item scores σ(bias + Σ weight·value). Where the weights came from is kept with them.
/// </summary>
/// <param name="Bias">The log-odds of an alert when every feature is 0.</param>
/// <param name="Weights">One weight per feature of <see cref="AlertFeatures.Names"/>, in that order.</param>
internal sealed record AlertWeights(double Bias, IReadOnlyList<double> Weights)
{
    /// <summary>Raised whenever fitted weights change, so an alert's score can be traced to the model that gave it.</summary>
    public int Version { get; init; }

    /// <summary>How the weights were set: by hand, or the trainer and its settings.</summary>
    public string Method { get; init; } = string.Empty;

    /// <summary>The day the weights were fitted, ISO 8601; empty for hand-set weights.</summary>
    public string Trained { get; init; } = string.Empty;

    /// <summary>A hash of the labelled files the weights were fitted on, with their item count.</summary>
    public string TrainingSet { get; init; } = string.Empty;

    /// <summary>Weights given by feature name; features not named weigh 0.</summary>
    public static AlertWeights Named(double bias, IReadOnlyDictionary<string, double> byName)
    {
        ArgumentNullException.ThrowIfNull(byName);
        var unknown = byName.Keys.Except(AlertFeatures.Names).ToList();
        if (unknown.Count > 0)
            throw new ArgumentException($"Unknown alert features: {string.Join(", ", unknown)}.", nameof(byName));
        return new AlertWeights(bias, [.. AlertFeatures.Names.Select(name => byName.GetValueOrDefault(name))]);
    }

    public double WeightOf(string feature)
    {
        var index = AlertFeatures.IndexOf(feature);
        return index >= 0 ? Weights[index] : throw new ArgumentException($"Unknown alert feature {feature}.", nameof(feature));
    }
}
