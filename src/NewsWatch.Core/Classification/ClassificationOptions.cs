using System.ComponentModel.DataAnnotations;

namespace NewsWatch.Core.Classification;

/// <summary>Section <c>NewsWatch:Classification</c>.</summary>
public sealed class ClassificationOptions
{
    /// <summary>Items scoring at least this raise an alert; scores are calibrated around 0.5.</summary>
    [Range(0.0, 1.0)]
    public double MinScore { get; set; } = 0.5;

    /// <summary>
    /// Which weights score an item: <see cref="ScorerKind.HandSet"/> until the learned weights
    /// beat them on a batch neither was tuned on (see docs/classification.md, "Learned weights").
    /// </summary>
    public ScorerKind Scorer { get; set; } = ScorerKind.HandSet;
}
