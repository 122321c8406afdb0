namespace NewsWatch.Core.Classification.Knowledge;

/// <summary>
/// Lexicons write a change as one actor does it ("quitte", "benennt ... um", "hernoemt"), but news
/// often has several ("deux chercheurs quittent", "die Niederlande benennen ... um", "de ministers
/// hernoemen"). French, German and Dutch stems do not join the third person singular and plural
/// of a verb, as Spanish, Italian, Portuguese and English stems do, so each word of a phrase in
/// those languages is also read in its regular plural. An irregular plural ("dissolvent",
/// "treten ... zurück") is a row of its own.
/// </summary>
internal static class PluralVerbForms
{
    // Shorter words are articles and particles ("la", "op", "um"), not verbs.
    private const int ShortestVerb = 4;

    /// <summary>The phrase with, in turn, each of its words in the regular plural; none for other languages.</summary>
    public static IEnumerable<string> Of(string phrase, string language)
    {
        var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            var plural = IsPlainWord(words[i]) ? PluralOf(words[i], language) : null;
            if (plural is null)
                continue;
            var variant = (string[])words.Clone();
            // The plural is matched as written: its stem would also be a noun's ("stellen" and
            // "Stelle", "openen" and "open").
            variant[i] = "=" + plural;
            yield return string.Join(' ', variant);
        }
    }

    // "=exact", "prefix*", "_", "..." and "{year}" are patterns: they stay as written.
    private static bool IsPlainWord(string word) =>
        word.Length >= ShortestVerb && word.All(c => char.IsLetter(c) || c == '-');

    private static string? PluralOf(string word, string language) => language switch
    {
        "fr" => FrenchPlural(word),
        "de" => GermanPlural(word),
        "nl" => DutchPlural(word),
        _ => null,
    };

    // "quitte" -> "quittent", "crée" is a participle: only a plain final "e" is a verb's.
    private static string? FrenchPlural(string word) =>
        word.EndsWith('e') ? word + "nt" : null;

    // "benennt" -> "benennen", "kürzt" -> "kürzen"; "gründet", "wechselt", "erweitert" -> "gründen",
    // "wechseln", "erweitern". A double "tt" ("tritt") is irregular.
    private static string? GermanPlural(string word)
    {
        if (!word.EndsWith('t') || word.EndsWith("tt", StringComparison.Ordinal))
            return null;
        var stem = word[..^1];
        return stem.EndsWith('e') || stem.EndsWith("el", StringComparison.Ordinal) || stem.EndsWith("er", StringComparison.Ordinal)
            ? stem + "n"
            : stem + "en";
    }

    // "hernoemt" -> "hernoemen", "richt" -> "richten"; a long vowel written double before the
    // last consonant is written single before "-en" ("verlaat" -> "verlaten", "neemt" -> "nemen").
    private static string? DutchPlural(string word)
    {
        if (!word.EndsWith('t') || word.EndsWith("tt", StringComparison.Ordinal))
            return null;
        var stem = EndsInADoubledVowelAndT(word) ? word : word[..^1];
        return Undoubled(stem) + "en";
    }

    private static bool EndsInADoubledVowelAndT(string word) =>
        word.Length >= 3 && IsVowel(word[^2]) && word[^2] == word[^3];

    private static string Undoubled(string stem) =>
        stem.Length >= 3 && !IsVowel(stem[^1]) && IsVowel(stem[^2]) && stem[^2] == stem[^3]
            ? stem[..^2] + stem[^1]
            : stem;

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'o' or 'u';
}
