namespace NewsWatch.Core.Classification;

/// <summary>What the classifier concluded about one item, and why.</summary>
public sealed record ClassificationResult(
    AlertEvent Event,
    IReadOnlyList<AlertEvent> Events,
    double Score,
    string Language,
    IReadOnlyList<string> Orgs,
    IReadOnlyList<string> People,
    IReadOnlyList<string> Teams,
    IReadOnlyList<Evidence> Evidence)
{
    /// <summary>How the score was reached: its terms add up to the score's log-odds (see <see cref="ScoreTerm"/>).</summary>
    public IReadOnlyList<ScoreTerm> ScoreTerms { get; init; } = [];

    public bool IsAlert(double minScore) => Event != AlertEvent.None && Score >= minScore;
}
