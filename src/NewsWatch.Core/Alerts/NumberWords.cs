using System.Collections.Frozen;

namespace NewsWatch.Core.Alerts;

/// <summary>
/// Numbers written as words, in the seven languages, as the digits another outlet writes: one
/// report's "20%" is another's "a fifth" or "un cinquième", and "ten per cent" is "zehn Prozent".
/// A fraction counts only after an article ("a third", "ein Fünftel"): alone, "third" and
/// "quarter" are ranks and seasons. Words that as often mean something else are left out: one and
/// its articles, "dos" and "très" (of the, very), "due" (owed), "cento" (in "per cento").
/// </summary>
public static class NumberWords
{
    private static readonly FrozenDictionary<string, string> Cardinals = Build(
        ("2", ["two", "deux", "zwei", "duas", "twee"]),
        ("3", ["three", "trois", "drei", "tre", "drie"]),
        ("4", ["four", "quatre", "vier", "cuatro", "quattro", "quatro"]),
        ("5", ["five", "cinq", "funf", "cinco", "cinque", "vijf"]),
        ("6", ["six", "sechs", "seis", "zes"]),
        ("7", ["seven", "sept", "sieben", "siete", "sette", "zeven"]),
        ("8", ["eight", "huit", "acht", "ocho", "otto", "oito"]),
        ("9", ["nine", "neuf", "neun", "nueve", "negen"]),
        ("10", ["ten", "dix", "zehn", "diez", "dieci", "dez", "tien"]),
        ("12", ["twelve", "douze", "zwolf", "doce", "dodici", "doze", "twaalf"]),
        ("15", ["fifteen", "quinze", "funfzehn", "quince", "quindici", "vijftien"]),
        ("20", ["twenty", "vingt", "zwanzig", "veinte", "vinte", "twintig"]),
        ("30", ["thirty", "trente", "dreissig", "treinta", "trenta", "trinta", "dertig"]),
        ("40", ["forty", "quarante", "vierzig", "cuarenta", "quaranta", "quarenta", "veertig"]),
        ("50", ["fifty", "cinquante", "funfzig", "cincuenta", "cinquanta", "cinquenta", "vijftig"]),
        ("100", ["hundred", "hundert", "cien", "cem", "honderd"]));

    private static readonly FrozenDictionary<string, string> Fractions = Build(
        ("10", ["tenth", "dixieme", "zehntel", "decimo", "decima", "tiende"]),
        ("20", ["fifth", "cinquieme", "funftel", "funftels", "quinto", "vijfde"]),
        ("25", ["quarter", "quart", "viertel", "viertels", "cuarto", "quarto", "kwart"]),
        ("33", ["third", "tiers", "drittel", "drittels", "tercio", "terzo", "terco", "derde"]),
        ("50", ["half", "moitie", "halfte", "mitad", "metade", "helft"]));

    // The articles a fraction follows, folded: "a fifth", "un cinquième", "eines Fünftels", "la mitad".
    private static readonly FrozenSet<string> Articles = new[]
    {
        "a", "an", "one", "un", "une", "la", "ein", "eine", "eines", "einem", "einen", "die", "der", "una", "uno", "um", "uma", "een", "de", "het",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The digits a folded, lower-case word stands for after <paramref name="previousWord"/>, or null when it is no number here.</summary>
    public static string? DigitsOf(string foldedWord, string? previousWord = null)
    {
        ArgumentNullException.ThrowIfNull(foldedWord);
        if (Cardinals.TryGetValue(foldedWord, out var digits))
            return digits;
        return previousWord is not null && Articles.Contains(previousWord) ? Fractions.GetValueOrDefault(foldedWord) : null;
    }

    // Accents folded, as anchors are: "zwölf" is "zwolf", "moitié" is "moitie".
    private static FrozenDictionary<string, string> Build(params (string Digits, string[] Spellings)[] numbers) =>
        numbers.SelectMany(n => n.Spellings.Select(spelling => (spelling, n.Digits)))
            .ToFrozenDictionary(p => p.spelling, p => p.Digits, StringComparer.Ordinal);
}
