namespace NewsWatch.Core.Classification.Evaluation;

/// <summary>One row of a cue lexicon: <c>cues.{Language}.tsv</c>.</summary>
/// <param name="IsIdiom">The row is marked "# idiom": a fixed expression, never residue.</param>
public sealed record LexiconRow(string Kind, string Label, string Language, string Phrase, bool IsIdiom = false);
