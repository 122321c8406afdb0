using System.Buffers;
using System.Collections.Frozen;
using NewsWatch.Core.Classification.Knowledge;
using NewsWatch.Core.Classification.Text;

namespace NewsWatch.Core.Classification.Scoring;

/// <summary>
/// "Die Chefin will zu Ostravel wechseln", "könnte das Unternehmen verlassen", "pourrait quitter",
/// "could leave", "hopes to recruit": a change a modal of wish or possibility comes before, in its own clause, is
/// wanted or guessed at, not done. German and Dutch put the changed verb last, as an infinitive
/// that reads like a plural, so the modal can stand several words before it. Announced changes
/// ("soll ... leiten", "will lead", "wird ... leiten") are news and stay.
/// </summary>
internal static class Speculation
{
    // German and Dutch infinitives close their clause some words after the modal. Folded
    // "würde" is "wurde" ("wurde aufgelöst", was disbanded), so it is left out, as is English
    // "would", which reports what was announced ("said it would close the team").
    private const int Reach = 6;

    private static readonly FrozenDictionary<string, FrozenSet<string>> Modals = new Dictionary<string, FrozenSet<string>>
    {
        ["en"] = WordSet.Of("could", "might", "may", "hopes", "hope"),
        ["fr"] = WordSet.Of("pourrait", "pourraient", "voudrait", "voudraient", "veut", "veulent", "espere", "esperent"),
        ["de"] = WordSet.Of("will", "wollen", "willst", "konnte", "konnten", "mochte", "mochten", "durfte", "durften", "hofft", "hoffen"),
        ["es"] = WordSet.Of("podria", "podrian", "quiere", "quieren", "querria", "espera", "esperan"),
        ["it"] = WordSet.Of("potrebbe", "potrebbero", "vuole", "vogliono", "vorrebbe", "vorrebbero", "spera", "sperano"),
        ["pt"] = WordSet.Of("poderia", "poderiam", "quer", "querem", "queria", "espera", "esperam"),
        ["nl"] = WordSet.Of("wil", "willen", "zou", "zouden", "kan", "kunnen", "hoopt", "hopen"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Whether a modal of wish or possibility opens the clause of the change at <paramref name="match"/>.</summary>
    public static bool Hedges(string text, List<TextToken> tokens, PhraseMatch<Cue> match, string language)
    {
        if (!Modals.TryGetValue(language, out var modals))
            return false;
        var sentence = tokens[match.FirstToken].Sentence;
        for (var t = match.FirstToken - 1; t >= 0 && match.FirstToken - t <= Reach && tokens[t].Sentence == sentence; t--)
        {
            var surface = tokens[t].Forms.Surface;
            // "will nicht länger warten und löst ... auf": a clause joined on tells its own change.
            if (Joiners.Contains(surface))
                return false;
            if (modals.Contains(surface))
                return IsAModal(text, tokens, t) && !HasClauseBreak(text, tokens, t, match.FirstToken);
        }

        return false;
    }

    // A modal is written in lower case ("Will Brennwick", "Kim May", "Kan AI" are names), is no idiom
    // ("veut dire", means) and is not a relative clause's own ("who may face visa issues quit").
    private static bool IsAModal(string text, List<TextToken> tokens, int t) =>
        !char.IsUpper(text[tokens[t].Start])
        && !(t + 1 < tokens.Count && tokens[t + 1].Forms.Surface == "dire")
        && !(t > 0 && tokens[t - 1].Sentence == tokens[t].Sentence && Relatives.Contains(tokens[t - 1].Forms.Surface));

    private static readonly FrozenSet<string> Joiners = WordSet.Of("and", "und", "et", "y", "e", "en", "or", "oder", "ou", "o", "of");

    private static readonly FrozenSet<string> Relatives = WordSet.Of("who", "which", "that", "qui", "que", "chi", "che", "die", "der", "das", "dat", "wie", "welche", "quem");

    // "Wer bleiben will, bleibt; die Chefin verlässt ...": a comma ends the modal's clause.
    private static bool HasClauseBreak(string text, List<TextToken> tokens, int left, int right) =>
        text.AsSpan(tokens[left].End, tokens[right].Start - tokens[left].End).IndexOfAny(ClauseBreaks) >= 0;

    private static readonly SearchValues<char> ClauseBreaks = SearchValues.Create(",;:");
}
