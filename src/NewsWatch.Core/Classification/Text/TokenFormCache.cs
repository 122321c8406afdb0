using System.Collections.Concurrent;
using Lucene.Net.Tartarus.Snowball;

namespace NewsWatch.Core.Classification.Text;

/// <summary>
/// Stems and folds the words of one language, remembering each word's forms so that a word
/// seen before costs one dictionary lookup and no allocation.
/// </summary>
internal sealed class TokenFormCache(SnowballProgram stemmer)
{
    // News vocabulary is large but finite; past this the cache stops growing rather than
    // letting an unusual feed (or an attacker) grow memory without bound.
    private const int MaxEntries = 200_000;

    private readonly ConcurrentDictionary<string, TokenForms> _forms = new(StringComparer.Ordinal);
    private readonly Lock _stemmerGate = new();

    // ConcurrentDictionary.Count takes every lock; a counter is enough to bound the size.
    private int _count;

    /// <summary>The forms of a word already lower-cased.</summary>
    public TokenForms Get(ReadOnlySpan<char> lowered)
    {
        var lookup = _forms.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(lowered, out var known))
            return known;
        var word = lowered.ToString();
        var forms = new TokenForms(AccentFolding.Fold(word), AccentFolding.Fold(Stem(word)));
        if (Volatile.Read(ref _count) < MaxEntries && _forms.TryAdd(word, forms))
            Interlocked.Increment(ref _count);
        return forms;
    }

    private string Stem(string word)
    {
        // Snowball programs keep their working buffer in fields, so one instance cannot stem
        // on two threads at once; misses are rare once the cache is warm, so a lock is cheap.
        lock (_stemmerGate)
        {
            stemmer.SetCurrent(word);
            stemmer.Stem();
            return stemmer.Current;
        }
    }
}
