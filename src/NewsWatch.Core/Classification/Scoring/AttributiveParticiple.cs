using NewsWatch.Core.Classification.Knowledge;
using NewsWatch.Core.Classification.Text;

namespace NewsWatch.Core.Classification.Scoring;

/// <summary>
/// "die frühere Co-Leiterin des aufgelösten Superalignment-Teams", "its disbanded red team": a verb
/// of change written as an adjective between a determiner and its noun describes the thing by
/// what happened to it before; the news is elsewhere in the sentence. Only German and English put
/// the participle before the noun; elsewhere it follows ("l'équipe dissoute") and reads as the news.
/// </summary>
internal static class AttributiveParticiple
{
    private static readonly HashSet<string> GermanDeterminers = new(StringComparer.Ordinal)
    {
        "der", "die", "das", "des", "dem", "den", "eines", "einer", "einem", "seines", "seiner", "seinem", "seinen", "ihres", "ihrer", "ihrem", "ihren",
    };

    private static readonly HashSet<string> EnglishDeterminers = new(StringComparer.Ordinal) { "the", "its", "his", "her", "their", "a", "an" };

    private static readonly string[] GermanEndings = ["en", "e", "er", "es", "em"];

    public static bool Describes(List<TextToken> tokens, PhraseMatch<Cue> change)
    {
        if (change.TokenCount != 1 || change.FirstToken == 0 || change.EndToken >= tokens.Count)
            return false;
        var (before, word, after) = (tokens[change.FirstToken - 1], tokens[change.FirstToken], tokens[change.EndToken]);
        if (before.Sentence != word.Sentence || after.Sentence != word.Sentence)
            return false;
        var surface = word.Forms.Surface;
        return change.Value.Language switch
        {
            "de" => GermanDeterminers.Contains(before.Forms.Surface) && !word.IsCapitalised && after.IsCapitalised
                && Array.Exists(GermanEndings, ending => surface.EndsWith(ending, StringComparison.Ordinal)),
            "en" => EnglishDeterminers.Contains(before.Forms.Surface) && surface.EndsWith("ed", StringComparison.Ordinal) && after.Length > 1
                && !char.IsDigit(after.Forms.Surface[0]),
            _ => false,
        };
    }
}
