using NewsWatch.Core.Classification.Knowledge;
using NewsWatch.Core.Classification.Text;

namespace NewsWatch.Core.Classification.Scoring;

/// <summary>
/// "die frühere Co-Leiterin des aufgelösten Superalignment-Teams", "its disbanded red team": a verb
/// of change written as an adjective between a determiner and its noun describes the thing by
/// what happened to it before, when another verb of the sentence tells the news ("wechselt ...
/// ins Amt"; "Meta confirms a downsized AI safety team" has no other). Only German and English put
/// the participle before the noun; elsewhere it follows ("l'équipe dissoute") and reads as the news.
/// </summary>
internal static class AttributiveParticiple
{
    private static readonly HashSet<string> GermanDeterminers = new(StringComparer.Ordinal)
    {
        "der", "die", "das", "des", "dem", "den", "seines", "seiner", "seinem", "seinen", "ihres", "ihrer", "ihrem", "ihren",
    };

    // Definite and possessive only: "a downsized AI safety team" is as often the news itself.
    private static readonly HashSet<string> EnglishDeterminers = new(StringComparer.Ordinal) { "the", "its", "his", "her", "their" };

    private static readonly string[] GermanEndings = ["en", "e", "er", "es", "em"];

    // Cues come in token order: the sentence's other verbs are among the few cues either side.
    private const int CueReach = 16;

    /// <summary>Whether the one-word change at <paramref name="index"/> is such an adjective, in a sentence whose news another verb of change tells.</summary>
    public static bool Describes(List<TextToken> tokens, List<PhraseMatch<Cue>> cues, int index)
    {
        var change = cues[index];
        if (change.TokenCount != 1 || change.FirstToken == 0 || change.EndToken >= tokens.Count)
            return false;
        var (before, word, after) = (tokens[change.FirstToken - 1], tokens[change.FirstToken], tokens[change.EndToken]);
        return before.Sentence == word.Sentence && after.Sentence == word.Sentence && IsAttributive(before, word, after, change.Value.Language)
            && HasOtherChange(tokens, cues, index);
    }

    private static bool HasOtherChange(List<TextToken> tokens, List<PhraseMatch<Cue>> cues, int index)
    {
        var sentence = tokens[cues[index].FirstToken].Sentence;
        for (var i = Math.Max(0, index - CueReach); i < cues.Count && i <= index + CueReach; i++)
        {
            if (i != index && cues[i].Value.Kind == CueKind.Event && cues[i].FirstToken != cues[index].FirstToken && tokens[cues[i].FirstToken].Sentence == sentence)
                return true;
        }

        return false;
    }

    private static bool IsAttributive(TextToken before, TextToken word, TextToken after, string language)
    {
        var surface = word.Forms.Surface;
        return language switch
        {
            "de" => GermanDeterminers.Contains(before.Forms.Surface) && !word.IsCapitalised && after.IsCapitalised
                && Array.Exists(GermanEndings, ending => surface.EndsWith(ending, StringComparison.Ordinal)),
            "en" => EnglishDeterminers.Contains(before.Forms.Surface) && surface.EndsWith("ed", StringComparison.Ordinal) && after.Length > 1
                && !char.IsDigit(after.Forms.Surface[0]),
            _ => false,
        };
    }
}
