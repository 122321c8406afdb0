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
    public bool IsAlert(double minScore) => Event != AlertEvent.None && Score >= minScore;
}
