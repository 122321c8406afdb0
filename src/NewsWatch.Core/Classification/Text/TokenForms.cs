namespace NewsWatch.Core.Classification.Text;

/// <summary>The two normalised forms of a word: lower-cased and accent-folded, and its folded stem.</summary>
/// <param name="Surface">Lower case, accents folded ("équipe" → "equipe"): for names and loanwords.</param>
/// <param name="Stem">The Snowball stem of the lower-case word, then accent-folded: for cue words.</param>
internal sealed record TokenForms(string Surface, string Stem);
