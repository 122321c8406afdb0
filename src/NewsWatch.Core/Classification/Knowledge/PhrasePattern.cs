namespace NewsWatch.Core.Classification.Knowledge;

/// <summary>A lexicon phrase compiled to keys, with what a match of it means.</summary>
internal sealed record PhrasePattern<T>(IReadOnlyList<PhraseKey> Keys, T Value);

/// <summary>Where a pattern matched: a run of tokens.</summary>
internal readonly record struct PhraseMatch<T>(int FirstToken, int TokenCount, T Value)
{
    public int EndToken => FirstToken + TokenCount;
}
