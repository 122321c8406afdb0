namespace NewsWatch.Core.Classification.Evaluation;

/// <summary>What <see cref="LexiconAudit"/> found.</summary>
/// <param name="ItemsAudited">How many labelled items were read.</param>
/// <param name="RowsMatched">How many lexicon rows matched at least one of them.</param>
/// <param name="RowsSeenOnce">How many matched exactly one, whatever their length.</param>
/// <param name="Residue">The phrases of <see cref="LexiconAudit.MinPhraseWords"/> or more words that matched exactly one, idioms aside.</param>
/// <param name="IdiomsSeenOnce">How many phrases that long matched exactly one but are marked as idioms, so are not residue.</param>
public sealed record LexiconAuditReport(int ItemsAudited, int RowsMatched, int RowsSeenOnce, IReadOnlyList<LexiconResidue> Residue, int IdiomsSeenOnce);
