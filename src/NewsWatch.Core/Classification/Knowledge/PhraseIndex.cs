using NewsWatch.Core.Classification.Text;

namespace NewsWatch.Core.Classification.Knowledge;

/// <summary>
/// Finds every lexicon phrase in a token list. Patterns are indexed by their first word, so a
/// text costs a few dictionary lookups per word however large the lexicon grows.
/// </summary>
/// <param name="sameMeaning">When two patterns with the same keys mean the same; the first one is kept.</param>
internal sealed class PhraseIndex<T>(IEqualityComparer<T>? sameMeaning = null)
{
    // Prefix keys are indexed by their first letters: long enough to be selective,
    // short enough that every prefix in the lexicons has them.
    private const int PrefixIndexLength = 3;

    private readonly Dictionary<string, List<PhrasePattern<T>>> _byStem = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<PhrasePattern<T>>> _bySurface = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<PhrasePattern<T>>> _byPrefixStart = new(StringComparer.Ordinal);

    public void Add(PhrasePattern<T> pattern)
    {
        if (pattern.Keys.Count == 0)
            return;
        var first = pattern.Keys[0];
        var (bucket, key) = first.Kind switch
        {
            PhraseKeyKind.Stem => (_byStem, first.Text),
            PhraseKeyKind.Surface => (_bySurface, first.Text),
            PhraseKeyKind.Prefix when first.Text.Length >= PrefixIndexLength => (_byPrefixStart, first.Text[..PrefixIndexLength]),
            _ => throw new InvalidDataException($"A phrase must start with a word of at least {PrefixIndexLength} letters: '{first.Text}'."),
        };
        if (!bucket.TryGetValue(key, out var list))
            bucket[key] = list = [];

        // "resign" and "resignation" compile to the same stems: one match is enough.
        if (!list.Exists(p => p.Keys.SequenceEqual(pattern.Keys) && (sameMeaning ?? EqualityComparer<T>.Default).Equals(p.Value, pattern.Value)))
            list.Add(pattern);
    }

    /// <summary>Appends every match, overlapping ones included, in token order.</summary>
    public void FindAll(List<TextToken> tokens, List<PhraseMatch<T>> matches)
    {
        var prefixLookup = _byPrefixStart.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var forms = tokens[i].Forms;
            if (_byStem.TryGetValue(forms.Stem, out var byStem))
                MatchFrom(i, byStem, tokens, matches);
            if (_bySurface.TryGetValue(forms.Surface, out var bySurface))
                MatchFrom(i, bySurface, tokens, matches);
            if (forms.Surface.Length >= PrefixIndexLength
                && prefixLookup.TryGetValue(forms.Surface.AsSpan(0, PrefixIndexLength), out var byPrefix))
                MatchFrom(i, byPrefix, tokens, matches);
        }
    }

    private static void MatchFrom(int first, List<PhrasePattern<T>> candidates, List<TextToken> tokens, List<PhraseMatch<T>> matches)
    {
        foreach (var pattern in candidates)
        {
            var end = MatchEnd(pattern.Keys, 0, tokens, first, tokens[first].Sentence);
            if (end > first)
                matches.Add(new PhraseMatch<T>(first, end - first, pattern.Value));
        }
    }

    /// <summary>Where keys[key..] matching from token <paramref name="at"/> end, or -1; a gap tries the shortest span first.</summary>
    private static int MatchEnd(IReadOnlyList<PhraseKey> keys, int key, List<TextToken> tokens, int at, int sentence)
    {
        if (key == keys.Count)
            return at;
        if (keys[key].Kind == PhraseKeyKind.Gap)
        {
            for (var skip = 0; skip <= PhraseKey.MaxGap; skip++)
            {
                var end = MatchEnd(keys, key + 1, tokens, at + skip, sentence);
                if (end >= 0)
                    return end;
            }

            return -1;
        }

        // A phrase never runs from one sentence into the next, nor from the title into the summary.
        if (at >= tokens.Count || tokens[at].Sentence != sentence || !keys[key].Matches(tokens[at].Forms))
            return -1;
        return MatchEnd(keys, key + 1, tokens, at + 1, sentence);
    }
}
