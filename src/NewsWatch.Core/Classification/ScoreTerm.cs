namespace NewsWatch.Core.Classification;

/// <summary>
/// One term of an item's score: a named feature, its value for the item and its weight. The
/// contributions of all terms, the bias included (value 1), add up to the score's log-odds.
/// </summary>
public sealed record ScoreTerm(string Feature, double Value, double Weight)
{
    public double Contribution => Value * Weight;
}
