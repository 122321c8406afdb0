namespace NewsWatch.Core.Classification.Evaluation;

/// <summary>One row of a cue lexicon: <c>cues.{Language}.tsv</c>.</summary>
public sealed record LexiconRow(string Kind, string Label, string Language, string Phrase);
