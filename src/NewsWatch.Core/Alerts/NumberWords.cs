using System.Collections.Frozen;

namespace NewsWatch.Core.Alerts;

/// <summary>
/// Numbers written as words, in the seven languages, as the digits another outlet writes: one
/// report's "20%" is another's "a fifth" or "un cinquième", "ten per cent" is "zehn Prozent", and
/// "45 staff" is "forty-five", "quarantacinque" or "fünfundvierzig". A fraction counts only after
/// an article ("a third", "ein Fünftel"): alone, "third" and "quarter" are ranks and seasons. Words
/// that as often mean something else are left out: one and its articles, "dos" and "très" (of
/// the, very), "due" (owed), "cento" (in "per cento"), "onze" (Dutch "our"), "seize" and "sei";
/// inside a compound ("trentadue", "einundzwanzig") they are safe.
/// </summary>
public static class NumberWords
{
    private static readonly (int Value, string[] Spellings)[] Units =
    [
        (2, ["two", "deux", "zwei", "duas", "twee"]),
        (3, ["three", "trois", "drei", "tre", "drie"]),
        (4, ["four", "quatre", "vier", "cuatro", "quattro", "quatro"]),
        (5, ["five", "cinq", "funf", "cinco", "cinque", "vijf"]),
        (6, ["six", "sechs", "seis", "zes"]),
        (7, ["seven", "sept", "sieben", "siete", "sette", "sete", "zeven"]),
        (8, ["eight", "huit", "acht", "ocho", "otto", "oito"]),
        (9, ["nine", "neuf", "neun", "nueve", "nove", "negen"]),
    ];

    private static readonly (int Value, string[] Spellings)[] Teens =
    [
        (10, ["ten", "dix", "zehn", "diez", "dieci", "dez", "tien"]),
        (11, ["eleven", "elf", "undici"]),
        (12, ["twelve", "douze", "zwolf", "doce", "dodici", "doze", "twaalf"]),
        (13, ["thirteen", "treize", "dreizehn", "trece", "tredici", "treze", "dertien"]),
        (14, ["fourteen", "quatorze", "vierzehn", "catorce", "quattordici", "catorze", "veertien"]),
        (15, ["fifteen", "quinze", "funfzehn", "quince", "quindici", "vijftien"]),
        (16, ["sixteen", "sechzehn", "dieciseis", "sedici", "dezesseis", "zestien"]),
        (17, ["seventeen", "siebzehn", "diecisiete", "diciassette", "dezessete", "zeventien"]),
        (18, ["eighteen", "achtzehn", "dieciocho", "diciotto", "dezoito", "achttien"]),
        (19, ["nineteen", "neunzehn", "diecinueve", "diciannove", "dezenove", "negentien"]),
    ];

    private static readonly (int Value, string[] Spellings)[] Tens =
    [
        (20, ["twenty", "vingt", "zwanzig", "veinte", "venti", "vinte", "twintig"]),
        (30, ["thirty", "trente", "dreissig", "treinta", "trenta", "trinta", "dertig"]),
        (40, ["forty", "quarante", "vierzig", "cuarenta", "quaranta", "quarenta", "veertig"]),
        (50, ["fifty", "cinquante", "funfzig", "cincuenta", "cinquanta", "cinquenta", "vijftig"]),
        (60, ["sixty", "soixante", "sechzig", "sesenta", "sessanta", "sessenta", "zestig"]),
        (70, ["seventy", "septante", "siebzig", "setenta", "settanta", "zeventig"]),
        (80, ["eighty", "huitante", "achtzig", "ochenta", "ottanta", "oitenta", "tachtig"]),
        (90, ["ninety", "nonante", "neunzig", "noventa", "novanta", "negentig"]),
    ];

    // Units that are numbers only inside a compound or after a tens word: alone they are articles or other words.
    private static readonly (int Value, string[] Spellings)[] CompoundOnlyUnits =
    [
        (1, ["one", "un", "une", "ein", "eins", "een", "uno", "una", "um", "uma"]),
        (2, ["due", "dos"]),
        (3, ["tres"]),
        (6, ["sei"]),
    ];

    private static readonly FrozenDictionary<string, int> UnitValues = Build([.. Units, .. CompoundOnlyUnits]);
    private static readonly FrozenDictionary<string, int> ElidedUnits = Build((1, ["uno"]), (8, ["otto"]));
    private static readonly FrozenDictionary<string, int> TensValues = Build(Tens);

    private static readonly FrozenDictionary<string, int> Cardinals = Build(
        [.. Units, .. Teens, .. Tens, (100, ["hundred", "hundert", "cien", "cem", "honderd"]), (1000, ["thousand", "tausend", "duizend", "mille"])]);

    private static readonly FrozenDictionary<string, int> Fractions = Build(
        (10, ["tenth", "dixieme", "zehntel", "decimo", "decima", "tiende"]),
        (20, ["fifth", "cinquieme", "funftel", "funftels", "quinto", "vijfde"]),
        (25, ["quarter", "quart", "viertel", "viertels", "cuarto", "quarto", "kwart"]),
        (33, ["third", "tiers", "drittel", "drittels", "tercio", "terzo", "terco", "derde"]),
        (50, ["half", "moitie", "halfte", "mitad", "metade", "helft"]));

    // The articles a fraction follows, folded: "a fifth", "un cinquième", "eines Fünftels", "la mitad".
    private static readonly FrozenSet<string> Articles = new[]
    {
        "a", "an", "one", "un", "une", "la", "ein", "eine", "eines", "einem", "einen", "die", "der", "una", "uno", "um", "uma", "een", "de", "het",
    }.ToFrozenSet(StringComparer.Ordinal);

    // German and Dutch put the unit first ("fünfundvierzig", "vijfenveertig", "drieënveertig").
    private static readonly string[] UnitFirstJoins = ["und", "en"];

    // French, Spanish and Portuguese join the tens and the unit with a hyphen or a word ("vingt-cinq", "cuarenta y cinco").
    private static readonly FrozenSet<string> TensJoins = new[] { "y", "e", "et" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The digits a folded, lower-case word stands for after <paramref name="previousWord"/>, or null when it is no number here.</summary>
    public static string? DigitsOf(string foldedWord, string? previousWord = null)
    {
        ArgumentNullException.ThrowIfNull(foldedWord);
        if (ValueOf(foldedWord) is { } value)
            return Digits(value);
        return previousWord is not null && Articles.Contains(previousWord) && Fractions.TryGetValue(foldedWord, out var fraction) ? Digits(fraction) : null;
    }

    /// <summary>
    /// The number a tens word and the unit after it make ("forty" "five", "quarante" "cinq",
    /// "cuarenta y cinco" when <paramref name="joined"/> is the "y"), or null when they are two numbers.
    /// </summary>
    public static string? DigitsOfPair(string foldedTens, string? joined, string foldedUnit)
    {
        ArgumentNullException.ThrowIfNull(foldedTens);
        ArgumentNullException.ThrowIfNull(foldedUnit);
        if (joined is not null && !TensJoins.Contains(joined))
            return null;
        return TensValues.TryGetValue(foldedTens, out var tens) && UnitValues.TryGetValue(foldedUnit, out var unit) ? Digits(tens + unit) : null;
    }

    /// <summary>Whether the folded word is a tens word, which a unit may follow to make one number.</summary>
    public static bool IsTens(string foldedWord) => TensValues.ContainsKey(foldedWord);

    /// <summary>Whether the folded word may join a tens word and a unit ("y", "e", "et").</summary>
    public static bool IsTensJoin(string foldedWord) => TensJoins.Contains(foldedWord);

    private static int? ValueOf(string word) =>
        Cardinals.TryGetValue(word, out var value) ? value : UnitFirst(word) ?? TensFirst(word);

    private static int? UnitFirst(string word)
    {
        foreach (var join in UnitFirstJoins)
        {
            for (var at = word.IndexOf(join, StringComparison.Ordinal); at > 0; at = word.IndexOf(join, at + 1, StringComparison.Ordinal))
            {
                // "drieenveertig": Dutch writes "drieën", folded to "drieen", whose unit is "drie".
                var unit = word[..at];
                var tens = word[(at + join.Length)..];
                if (TensValues.TryGetValue(tens, out var t) && (UnitValues.TryGetValue(unit, out var u) || UnitValues.TryGetValue(unit.TrimEnd('e'), out u)))
                    return t + u;
            }
        }

        return null;
    }

    private static int? TensFirst(string word)
    {
        foreach (var (tens, value) in TensValues)
        {
            if (word.Length > tens.Length && word.StartsWith(tens, StringComparison.Ordinal) && UnitValues.TryGetValue(word[tens.Length..], out var unit))
                return value + unit;

            // Italian drops the tens' last vowel before "uno" and "otto" ("quarantuno", "ventotto"),
            // Spanish joins with an "i" ("veintiocho", "veintidós"); "Fortune" is no "fort" + "une".
            var stem = tens[..^1];
            if (stem.Length < 4 || word.Length <= stem.Length || !word.StartsWith(stem, StringComparison.Ordinal))
                continue;
            var rest = word[stem.Length..];
            if (ElidedUnits.TryGetValue(rest, out unit) || (rest.Length > 2 && rest[0] == 'i' && UnitValues.TryGetValue(rest[1..], out unit)))
                return value + unit;
        }

        return null;
    }

    private static string Digits(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    // Accents folded, as anchors are: "zwölf" is "zwolf", "moitié" is "moitie".
    private static FrozenDictionary<string, int> Build(params (int Value, string[] Spellings)[] numbers) =>
        numbers.SelectMany(n => n.Spellings.Select(spelling => (spelling, n.Value))).DistinctBy(p => p.spelling)
            .ToFrozenDictionary(p => p.spelling, p => p.Value, StringComparer.Ordinal);
}
