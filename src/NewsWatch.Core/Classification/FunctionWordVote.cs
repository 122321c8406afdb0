using System.Collections.Frozen;
using Lucene.Net.Analysis.Util;

namespace NewsWatch.Core.Classification;

/// <summary>
/// Settles an item's language from its function words when they leave no doubt, so that the
/// statistical detector (which costs far more than the rest of classification) runs only on the
/// items that need it. The words are Lucene's stop-word lists, kept to those that belong to one
/// supported language only ("het", "und", "della"); shared ones ("de", "la", "in") say nothing.
/// </summary>
internal static class FunctionWordVote
{
    // Measured on the project's labelled items (about 6,000 titles with summaries): three
    // distinctive words, four times as many as any other language has, settle about two items in
    // three and were never wrong; two words were wrong on headlines that mix languages.
    private const int MinVotes = 3;
    private const int MinLeadFactor = 4;

    private const int MinWordLength = 2;

    // A title and summary are enough; reading more would only cost time.
    private const int MaxCharactersRead = 600;

    private static readonly string[] Languages = [.. SupportedLanguages.All];

    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> LanguageOfWord =
        DistinctiveWords().ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The language the text's function words point to without doubt, or null.</summary>
    public static string? Decide(string text)
    {
        Span<int> votes = stackalloc int[Languages.Length];
        Span<char> lowered = stackalloc char[32];
        var span = text.AsSpan(0, Math.Min(text.Length, MaxCharactersRead));
        var start = -1;
        for (var i = 0; i <= span.Length; i++)
        {
            var isLetter = i < span.Length && char.IsLetter(span[i]);
            if (isLetter && start < 0)
                start = i;
            else if (!isLetter && start >= 0)
            {
                Count(span[start..i], lowered, votes);
                start = -1;
            }
        }
        return Winner(votes);
    }

    private static void Count(ReadOnlySpan<char> word, Span<char> lowered, Span<int> votes)
    {
        if (word.Length > lowered.Length)
            return;
        var length = word.ToLowerInvariant(lowered);
        if (LanguageOfWord.TryGetValue(lowered[..length], out var language))
            votes[language]++;
    }

    private static string? Winner(ReadOnlySpan<int> votes)
    {
        int best = 0, runnerUp = 0, winner = -1;
        for (var i = 0; i < votes.Length; i++)
        {
            if (votes[i] > best)
            {
                runnerUp = best;
                best = votes[i];
                winner = i;
            }
            else if (votes[i] > runnerUp)
                runnerUp = votes[i];
        }
        return best >= MinVotes && best >= MinLeadFactor * runnerUp ? Languages[winner] : null;
    }

    private static Dictionary<string, int> DistinctiveWords()
    {
        var owners = new Dictionary<string, int>(StringComparer.Ordinal);
        var shared = new HashSet<string>(StringComparer.Ordinal);
        for (var language = 0; language < Languages.Length; language++)
        {
            foreach (var entry in StopWordsOf(Languages[language]))
            {
                var word = entry.ToString()!;
                // French elisions ("l", "d", "s") would vote for French in "OpenAI's"; one letter says nothing.
                if (word.Length < MinWordLength)
                    continue;
                if (owners.TryGetValue(word, out var owner) && owner != language)
                    shared.Add(word);
                owners[word] = language;
            }
        }
        foreach (var word in shared)
            owners.Remove(word);
        return owners;
    }

    private static CharArraySet StopWordsOf(string language) => language switch
    {
        "en" => Lucene.Net.Analysis.En.EnglishAnalyzer.DefaultStopSet,
        "fr" => Lucene.Net.Analysis.Fr.FrenchAnalyzer.DefaultStopSet,
        "de" => Lucene.Net.Analysis.De.GermanAnalyzer.DefaultStopSet,
        "es" => Lucene.Net.Analysis.Es.SpanishAnalyzer.DefaultStopSet,
        "it" => Lucene.Net.Analysis.It.ItalianAnalyzer.DefaultStopSet,
        "pt" => Lucene.Net.Analysis.Pt.PortugueseAnalyzer.DefaultStopSet,
        "nl" => Lucene.Net.Analysis.Nl.DutchAnalyzer.DefaultStopSet,
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, "Not a supported language."),
    };
}
