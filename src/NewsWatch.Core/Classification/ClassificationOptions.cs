using System.ComponentModel.DataAnnotations;

namespace NewsWatch.Core.Classification;

/// <summary>Section <c>NewsWatch:Classification</c>.</summary>
public sealed class ClassificationOptions
{
    /// <summary>Items scoring at least this raise an alert; scores are calibrated around 0.5.</summary>
    [Range(0.0, 1.0)]
    public double MinScore { get; set; } = 0.5;
}
