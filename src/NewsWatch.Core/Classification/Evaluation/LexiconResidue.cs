namespace NewsWatch.Core.Classification.Evaluation;

/// <summary>A lexicon row that only one labelled item matches.</summary>
public sealed record LexiconResidue(LexiconRow Row, string ItemId);
