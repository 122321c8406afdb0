using System.Collections.Frozen;
using NewsWatch.Core.Classification.Knowledge;
using NewsWatch.Core.Classification.Text;

namespace NewsWatch.Core.Classification.Scoring;

/// <summary>
/// "¿Sirvió de algo disolver los equipos de alineamiento?", "Was it right to shut the safety
/// team?", "Faut-il fermer les équipes d'éthique ?": a headline question whose change is an
/// infinitive weighs changes of that kind; it tells none. A why-question takes its change as
/// given ("Why did she leave?"), so <see cref="Denials.QuestionSentences"/> leaves it out.
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

    // English, German and Dutch mark the infinitive with a word before it.
    private static readonly FrozenSet<string> InfinitiveMarkers = WordSet.Of("to", "zu", "te");

    // "Qui pour succéder à ...?", "Who will replace ...?": asking who takes the change as given.
    private static readonly FrozenSet<string> WhoWords = WordSet.Of("who", "qui", "wer", "quien", "chi", "quem", "wie");

    /// <summary>Whether the change at <paramref name="match"/> is an infinitive in a headline question.</summary>
    public static bool IsAsked(List<TextToken> tokens, PhraseMatch<Cue> match, bool[] questionSentences)
    {
        var first = tokens[match.FirstToken];
        if (!first.InTitle || !questionSentences[first.Sentence]
            || AsksWho(tokens, first.Sentence))
            return false;
        if (InfinitiveEndings.TryGetValue(match.Value.Language, out var endings))
            return Array.Exists(endings, ending => first.Forms.Surface.EndsWith(ending, StringComparison.Ordinal));
        return match.FirstToken > 0 && tokens[match.FirstToken - 1].Sentence == first.Sentence
            && InfinitiveMarkers.Contains(tokens[match.FirstToken - 1].Forms.Surface);
    }

    private static bool AsksWho(List<TextToken> tokens, int sentence)
    {
        for (var t = 0; t < tokens.Count && tokens[t].InTitle; t++)
        {
            if (tokens[t].Sentence == sentence && WhoWords.Contains(tokens[t].Forms.Surface))
                return true;
        }

        return false;
    }
}
