namespace NewsWatch.Core.Classification.Evaluation;

/// <summary>
/// Counts of a yes/no decision and the usual ratios. A ratio with nothing to count is 1
/// (no predictions made: no false alarms; nothing to find: nothing missed), and F1 is 0
/// when both precision and recall are 0.
/// </summary>
public sealed record BinaryMetrics(int TruePositives, int FalsePositives, int FalseNegatives, int TrueNegatives)
{
    public static BinaryMetrics Empty { get; } = new(0, 0, 0, 0);

    public double Precision => TruePositives + FalsePositives == 0 ? 1.0 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 1.0 : (double)TruePositives / (TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0.0 : 2 * Precision * Recall / (Precision + Recall);

    public int Total => TruePositives + FalsePositives + FalseNegatives + TrueNegatives;

    public BinaryMetrics Add(bool predicted, bool actual) => (predicted, actual) switch
    {
        (true, true) => this with { TruePositives = TruePositives + 1 },
        (true, false) => this with { FalsePositives = FalsePositives + 1 },
        (false, true) => this with { FalseNegatives = FalseNegatives + 1 },
        _ => this with { TrueNegatives = TrueNegatives + 1 },
    };

    public BinaryMetrics Add(BinaryMetrics other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(
            TruePositives + other.TruePositives,
            FalsePositives + other.FalsePositives,
            FalseNegatives + other.FalseNegatives,
            TrueNegatives + other.TrueNegatives);
    }

    public override string ToString() => $"P {Precision:0.000} R {Recall:0.000} F1 {F1:0.000} (tp {TruePositives}, fp {FalsePositives}, fn {FalseNegatives}, tn {TrueNegatives})";
}
