using System.Collections.Frozen;
using NewsWatch.Core.Classification.Knowledge;
using NewsWatch.Core.Classification.Text;

namespace NewsWatch.Core.Classification.Scoring;

/// <summary>
/// "will not disband", "non chiude", "no será disuelto", "ne ferme pas", "tritt nicht zurück": a
/// change its own sentence negates did not happen, whoever says so.
/// </summary>
internal static class Negation
{
    // Within two words before the change: "won't close" ("won", "t"), "is not being disbanded".
    private const int Reach = 2;

    // Per language, as a word means "not" in one and something else in another: Portuguese "no"
    // is "in the".
    private static readonly FrozenDictionary<string, FrozenSet<string>> Before = new Dictionary<string, FrozenSet<string>>
    {
        ["en"] = WordSet.Of("not", "never"),
        ["fr"] = WordSet.Of("pas", "jamais"),
        ["de"] = WordSet.Of("nicht", "nie"),
        ["es"] = WordSet.Of("no", "nunca", "jamas"),
        ["it"] = WordSet.Of("non"),
        ["pt"] = WordSet.Of("nao", "nunca", "jamais"),
        ["nl"] = WordSet.Of("niet", "nooit"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // French, German and Dutch also negate after the verb or inside a separable one.
    private static readonly FrozenDictionary<string, FrozenSet<string>> AfterOrWithin = new Dictionary<string, FrozenSet<string>>
    {
        ["fr"] = WordSet.Of("pas", "jamais"),
        ["de"] = WordSet.Of("nicht"),
        ["nl"] = WordSet.Of("niet", "nooit"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // English contracts its negation: "won't", "isn't", "doesn't" are read as "won", "t".
    private static readonly FrozenSet<string> Contracted = WordSet.Of(
        "won", "don", "doesn", "didn", "isn", "aren", "wasn", "weren", "can", "couldn", "wouldn", "shouldn", "hasn", "haven", "hadn");

    // "not only resigned but…", "no longer leads", "n'est plus", "nicht mehr", and "pas moins de
    // vingt", "nicht weniger als 30": these tell a change or a number, not the absence of a change.
    private static readonly FrozenSet<string> Undoing = WordSet.Of(
        "only", "just", "longer", "less", "fewer", "seulement", "plus", "moins", "solo", "solamente", "piu", "meno", "mas", "menos", "apenas", "nur",
        "mehr", "weniger", "alleen", "meer", "langer", "minder");

    // "£2bn for compute, no safety institute", "kein Prüfinstitut", "nessun istituto per la
    // sicurezza": safety work a determiner says is absent. Portuguese "no" is "in the", so "no"
    // counts only in English and Spanish.
    private static readonly FrozenSet<string> NoneOf = WordSet.Of(
        "aucun", "aucune", "kein", "keine", "keinen", "keinem", "keiner", "ningun", "ninguna", "nessun", "nessuno", "nessuna", "nenhum", "nenhuma", "geen");

    // "left with no safety team", "kein Sicherheitsteam mehr": work that is gone is the news, not absent from it.
    private static readonly FrozenSet<string> Gone = WordSet.Of("left", "more", "longer", "mehr", "meer", "plus", "mas", "piu", "mais");

    /// <summary>
    /// Whether a determiner right before the scope cue says the safety work is absent ("no safety
    /// institute"), in a sentence that tells no departure or dissolution (which would make its
    /// absence the change).
    /// </summary>
    public static bool SaysAbsent(List<TextToken> tokens, List<PhraseMatch<Cue>> cues, PhraseMatch<Cue> scope)
    {
        if (scope.FirstToken == 0)
            return false;
        var before = tokens[scope.FirstToken - 1];
        var sentence = tokens[scope.FirstToken].Sentence;
        if (before.Sentence != sentence || !(NoneOf.Contains(before.Forms.Surface) || (before.Forms.Surface == "no" && scope.Value.Language is "en" or "es")))
            return false;
        var around = scope.FirstToken >= 2 ? tokens[scope.FirstToken - 2] : before;
        var after = scope.EndToken < tokens.Count ? tokens[scope.EndToken] : before;
        return !Gone.Contains(around.Forms.Surface) && !(after.Sentence == sentence && Gone.Contains(after.Forms.Surface))
            && !cues.Exists(c => c.Value.Event is AlertEvent.Departure or AlertEvent.Dissolution && tokens[c.FirstToken].Sentence == sentence);
    }

    /// <summary>Only event cues of one language are negated: no cue that reads the same in every language tells a change.</summary>
    public static bool Negates(string text, List<TextToken> tokens, PhraseMatch<Cue> change)
    {
        var language = change.Value.Language;
        var before = Before.GetValueOrDefault(language, FrozenSet<string>.Empty);
        var after = AfterOrWithin.GetValueOrDefault(language, FrozenSet<string>.Empty);
        var sentence = tokens[change.FirstToken].Sentence;
        for (var t = Math.Max(0, change.FirstToken - Reach); t < change.FirstToken; t++)
        {
            if (tokens[t].Sentence == sentence && (before.Contains(tokens[t].Forms.Surface) || (language == "en" && IsContraction(text, tokens, t))) && !IsUndone(tokens, t))
                return true;
        }

        for (var t = change.FirstToken + 1; t <= change.EndToken && t < tokens.Count; t++)
        {
            if (tokens[t].Sentence == sentence && after.Contains(tokens[t].Forms.Surface) && !IsUndone(tokens, t))
                return true;
        }

        return IsDeterminedNone(tokens, change);
    }

    // "Nessuna chiusura prevista", "no layoffs planned", "keine Auflösung": a change named by a
    // noun that a determiner says is absent.
    private static bool IsDeterminedNone(List<TextToken> tokens, PhraseMatch<Cue> change)
    {
        if (change.FirstToken == 0)
            return false;
        var before = tokens[change.FirstToken - 1];
        return before.Sentence == tokens[change.FirstToken].Sentence
            && (NoneOf.Contains(before.Forms.Surface) || (before.Forms.Surface == "no" && change.Value.Language is "en" or "es"));
    }

    // "won't": a "t" right after an apostrophe that closes an auxiliary; not the T of "AT&T" or "T-Mobile".
    private static bool IsContraction(string text, List<TextToken> tokens, int t) =>
        t > 0 && tokens[t].Forms.Surface == "t" && Contracted.Contains(tokens[t - 1].Forms.Surface)
        && text.AsSpan(tokens[t - 1].End, tokens[t].Start - tokens[t - 1].End) is "'" or "’";

    private static bool IsUndone(List<TextToken> tokens, int negation) =>
        negation + 1 < tokens.Count && Undoing.Contains(tokens[negation + 1].Forms.Surface);
}
