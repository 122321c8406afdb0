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

    /// <summary>
    /// The kind of work of each team in <see cref="Teams"/> that shows it, by name, and of each team
    /// the item only describes by a clause ("a group to test its models"), by those words: the same in every
    /// language ("équipe d'alignement" and "alignment team" are both <c>safety</c>), so reports of
    /// one lab's team meet in one story whether an outlet names it or describes it.
    /// </summary>
    public IReadOnlyDictionary<string, string> TeamKinds { get; init; } = new Dictionary<string, string>();

    /// <summary>The teams in <see cref="Teams"/> known by name (the gazetteer's); the others are described by their work.</summary>
    public IReadOnlyList<string> KnownTeams { get; init; } = [];

    public bool IsAlert(double minScore) => Event != AlertEvent.None && Score >= minScore;
}
