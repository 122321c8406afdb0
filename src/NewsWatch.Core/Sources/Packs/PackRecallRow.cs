namespace NewsWatch.Core.Sources.Packs;

/// <summary>How a pack fares over the labelled items of one language (or of all, in the total row).</summary>
public sealed record PackRecallRow(string Lang, int Positives, int PositivesFound, int Negatives, int NegativesLetThrough)
{
    /// <summary>Share of the items that report a change which some query finds; 0 when there are none.</summary>
    public double Recall => Positives == 0 ? 0 : (double)PositivesFound / Positives;

    /// <summary>Share of the look-alikes the queries also find, left for the classifier to refuse.</summary>
    public double ShareLetThrough => Negatives == 0 ? 0 : (double)NegativesLetThrough / Negatives;

    public override string ToString() =>
        $"{Lang}: recall {Recall:0.000} ({PositivesFound}/{Positives}), negatives let through {ShareLetThrough:0.000} ({NegativesLetThrough}/{Negatives})";
}
