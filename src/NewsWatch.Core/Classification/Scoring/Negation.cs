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
        ["en"] = Words("not", "never", "t"),
        ["fr"] = Words("pas", "jamais"),
        ["de"] = Words("nicht", "nie"),
        ["es"] = Words("no", "nunca", "jamas"),
        ["it"] = Words("non"),
        ["pt"] = Words("nao", "nunca", "jamais"),
        ["nl"] = Words("niet", "nooit"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // French, German and Dutch also negate after the verb or inside a separable one.
    private static readonly FrozenDictionary<string, FrozenSet<string>> AfterOrWithin = new Dictionary<string, FrozenSet<string>>
    {
        ["fr"] = Words("pas", "jamais"),
        ["de"] = Words("nicht"),
        ["nl"] = Words("niet", "nooit"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // A cue that reads the same in every language ("red team") is negated by what negates in any
    // of them, but for the words that mean something else in another.
    private static readonly FrozenSet<string> AnyLanguage = Words("not", "never", "pas", "jamais", "nicht", "non", "nao", "nunca", "niet", "nooit");

    // "not only resigned but…", "no longer leads", "n'est plus", "nicht mehr": these tell a change, not its absence.
    private static readonly FrozenSet<string> Undoing = Words(
        "only", "just", "longer", "seulement", "plus", "solo", "solamente", "piu", "mas", "apenas", "nur", "mehr", "alleen", "meer", "langer");

    public static bool Negates(List<TextToken> tokens, PhraseMatch<Cue> change)
    {
        var language = change.Value.Language;
        var before = Before.GetValueOrDefault(language, AnyLanguage);
        var after = AfterOrWithin.GetValueOrDefault(language, language == "any" ? AnyLanguage : FrozenSet<string>.Empty);
        var sentence = tokens[change.FirstToken].Sentence;
        for (var t = Math.Max(0, change.FirstToken - Reach); t < change.FirstToken; t++)
        {
            if (tokens[t].Sentence == sentence && before.Contains(tokens[t].Forms.Surface) && !IsUndone(tokens, t))
                return true;
        }

        for (var t = change.FirstToken + 1; t <= change.EndToken && t < tokens.Count; t++)
        {
            if (tokens[t].Sentence == sentence && after.Contains(tokens[t].Forms.Surface) && !IsUndone(tokens, t))
                return true;
        }

        return false;
    }

    private static bool IsUndone(List<TextToken> tokens, int negation) =>
        negation + 1 < tokens.Count && Undoing.Contains(tokens[negation + 1].Forms.Surface);

    private static FrozenSet<string> Words(params string[] words) => words.ToFrozenSet(StringComparer.Ordinal);
}
