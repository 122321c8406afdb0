using System.Collections.Frozen;

namespace NewsWatch.Core.Classification.Scoring;

/// <summary>A fixed set of folded words ("nicht", "will", "auf") that a rule looks for by surface.</summary>
internal static class WordSet
{
    public static FrozenSet<string> Of(params string[] words) => words.ToFrozenSet(StringComparer.Ordinal);
}
