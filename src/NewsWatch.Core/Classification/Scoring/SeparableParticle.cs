using System.Collections.Frozen;
using NewsWatch.Core.Classification.Knowledge;
using NewsWatch.Core.Classification.Text;

namespace NewsWatch.Core.Classification.Scoring;

/// <summary>
/// German splits a verb and puts its particle at the end of the clause: "löst das Team auf". A
/// phrase written that way ("löst ... auf") matches only where its
/// particle is one, not a preposition before an article or a noun: "lösen auf der Konferenz ein
/// Rätsel" and "ordnet ... an, unter Aufsicht" do not split a verb. Dutch is left alone: its
/// particles take phrases after them ("neemt de leiding over het team").
/// </summary>
internal static class SeparableParticle
{
    // Only particles that are also prepositions: "zurück", "ein" or "zusammen" never are.
    private static readonly FrozenDictionary<string, FrozenSet<string>> Particles = new Dictionary<string, FrozenSet<string>>
    {
        ["de"] = WordSet.Of("auf", "ab", "aus", "um", "an", "bei", "unter", "vor", "mit", "nach", "uber"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // A preposition takes a noun phrase: an article or a noun, capitalised. A particle that closes
    // its clause may still have a phrase after it ("tritt zurück als Chefin"), so only this reads
    // the word as a preposition. "zu" is left out: "wechselt ... zu Ostravel" is written with it.
    private static readonly FrozenDictionary<string, FrozenSet<string>> Articles = new Dictionary<string, FrozenSet<string>>
    {
        ["de"] = WordSet.Of("der", "die", "das", "dem", "den", "des", "ein", "eine", "einem", "einen", "einer", "eines"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Whether the split verb at <paramref name="match"/> ends in a word used as a preposition.</summary>
    public static bool IsAPreposition(string text, List<TextToken> tokens, PhraseMatch<Cue> match)
    {
        var language = match.Value.Language;
        if (!Particles.TryGetValue(language, out var particles) || !match.Value.Phrase.Contains(" ... ", StringComparison.Ordinal))
            return false;
        var last = match.EndToken - 1;
        if (!particles.Contains(tokens[last].Forms.Surface) || last + 1 >= tokens.Count)
            return false;
        var next = tokens[last + 1];
        if (next.Sentence != tokens[last].Sentence || !text.AsSpan(tokens[last].End, next.Start - tokens[last].End).IsWhiteSpace())
            return false;
        return (Articles[language].Contains(next.Forms.Surface) || char.IsUpper(text[next.Start])) && !ClosesLater(tokens, last, particles);
    }

    // "tritt aus dem Vorstand aus": the verb's own particle still closes the clause further on,
    // within a clause's length, so a long hostile sentence is not read again for every match.
    private static bool ClosesLater(List<TextToken> tokens, int preposition, FrozenSet<string> particles)
    {
        var word = tokens[preposition].Forms.Surface;
        for (var t = preposition + 1; t < tokens.Count && t - preposition <= SignalCollector.MaxCueSpan && tokens[t].Sentence == tokens[preposition].Sentence; t++)
        {
            if (tokens[t].Forms.Surface == word && particles.Contains(word))
                return true;
        }

        return false;
    }
}
