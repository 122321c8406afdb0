using System.Globalization;
using NewsWatch.Core.Classification.Scoring;

namespace NewsWatch.Training;

/// <summary>
/// Versions fitted weights against the file they replace: the same fit on the same items keeps
/// the old version and date, so rerunning the training command changes nothing; any other fit
/// is the next version, dated today.
/// </summary>
internal static class WeightsStamp
{
    public static AlertWeights Apply(AlertWeights fitted, AlertWeights? previous, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(fitted);
        if (previous is not null && IsSameFit(fitted, previous))
            return fitted with { Version = previous.Version, Trained = previous.Trained };
        return fitted with
        {
            Version = (previous?.Version ?? 0) + 1,
            Trained = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
    }

    private static bool IsSameFit(AlertWeights a, AlertWeights b) =>
        a.Bias.Equals(b.Bias) && a.Weights.SequenceEqual(b.Weights) && a.Method == b.Method && a.TrainingSet == b.TrainingSet;
}
