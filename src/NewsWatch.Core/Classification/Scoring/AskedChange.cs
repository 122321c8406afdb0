using System.Collections.Frozen;
using NewsWatch.Core.Classification.Knowledge;
using NewsWatch.Core.Classification.Text;

namespace NewsWatch.Core.Classification.Scoring;

/// <summary>
/// "¿Tiene sentido disolver los equipos de alineamiento?", "Was it right to shut the safety
/// team?", "Faut-il fermer les équipes d'éthique ?": a headline question whose change is an
/// infinitive weighs changes of that kind; it tells none. Only the question's own clause counts:
/// "X to step down: what comes next?" tells the change before its colon. A who- or why-question
/// takes its change as given ("Qui pour succéder à ...?", "Why did she leave?"), so
/// <see cref="Denials.QuestionSentences"/> leaves why-questions out and this one who-questions.
/// </summary>
internal static class AskedChange
{
    // Romance infinitives end so; a finite verb ("disuelve", "ferme", "chiude") does not.
    private static readonly FrozenDictionary<string, string[]> InfinitiveEndings = new Dictionary<string, string[]>
    {
        ["fr"] = ["er", "ir", "re"],
        ["es"] = ["ar", "er", "ir"],
        ["it"] = ["are", "ere", "ire"],
        ["pt"] = ["ar", "er", "ir"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // English, German and Dutch mark the infinitive with a word before it, or inside a separable verb ("op te heffen").
    private static readonly FrozenSet<string> InfinitiveMarkers = WordSet.Of("to", "zu", "te");

    // German "wie" is "how"; Dutch "wie" is "who".
    private static readonly FrozenDictionary<string, FrozenSet<string>> WhoWords = new Dictionary<string, FrozenSet<string>>
    {
        ["en"] = WordSet.Of("who"),
        ["fr"] = WordSet.Of("qui"),
        ["de"] = WordSet.Of("wer"),
        ["es"] = WordSet.Of("quien"),
        ["it"] = WordSet.Of("chi"),
        ["pt"] = WordSet.Of("quem"),
        ["nl"] = WordSet.Of("wie"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // What ends a headline's clause before its question: "X to step down: what comes next?".
    private static readonly System.Buffers.SearchValues<char> ClauseEnds = System.Buffers.SearchValues.Create(":–—|");

    /// <summary>Whether the change at <paramref name="match"/> is an infinitive in a headline question's own clause.</summary>
    public static bool IsAsked(string text, List<TextToken> tokens, PhraseMatch<Cue> match, bool[] questionSentences)
    {
        var first = tokens[match.FirstToken];
        if (!first.InTitle || !questionSentences[first.Sentence] || !IsInTheQuestionsClause(text, tokens, match)
            || AsksWho(tokens, first.Sentence, match.Value.Language))
            return false;
        if (InfinitiveEndings.TryGetValue(match.Value.Language, out var endings))
            return Array.Exists(endings, ending => first.Forms.Surface.EndsWith(ending, StringComparison.Ordinal));
        for (var t = Math.Max(0, match.FirstToken - 1); t < match.EndToken; t++)
        {
            if (tokens[t].Sentence == first.Sentence && InfinitiveMarkers.Contains(tokens[t].Forms.Surface))
                return true;
        }

        return false;
    }

    // No colon or dash from the change to the question mark: the change is what the question asks about.
    private static bool IsInTheQuestionsClause(string text, List<TextToken> tokens, PhraseMatch<Cue> match)
    {
        var sentence = tokens[match.FirstToken].Sentence;
        var last = match.EndToken - 1;
        while (last + 1 < tokens.Count && tokens[last + 1].Sentence == sentence)
            last++;
        return !text.AsSpan(tokens[match.FirstToken].End, tokens[last].End - tokens[match.FirstToken].End).ContainsAny(ClauseEnds);
    }

    private static bool AsksWho(List<TextToken> tokens, int sentence, string language)
    {
        if (!WhoWords.TryGetValue(language, out var who))
            return false;
        for (var t = 0; t < tokens.Count && tokens[t].InTitle; t++)
        {
            if (tokens[t].Sentence == sentence && who.Contains(tokens[t].Forms.Surface))
                return true;
        }

        return false;
    }
}
