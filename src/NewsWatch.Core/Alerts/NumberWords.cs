using System.Collections.Frozen;

namespace NewsWatch.Core.Alerts;

/// <summary>
/// Numbers written as words, in the seven languages, as the digits another outlet writes: one
/// report's "20%" is another's "a fifth" or "un cinquième", and "ten per cent" is "zehn Prozent".
/// One and its articles ("un", "ein", "uno") are left out: they count nothing; so are the words
/// that as often mean something else ("cent" in "per cent", "tiers" for third parties, Italian
/// "metà" folded to "meta", Portuguese "quinta" for Thursday).
/// </summary>
public static class NumberWords
{
    private static readonly FrozenDictionary<string, string> Digits = Build();

    /// <summary>The digits a folded, lower-case word stands for, or null when it is no number word.</summary>
    public static string? DigitsOf(string foldedWord)
    {
        ArgumentNullException.ThrowIfNull(foldedWord);
        return Digits.GetValueOrDefault(foldedWord);
    }

    private static FrozenDictionary<string, string> Build()
    {
        // Accents folded, as anchors are: "zwölf" is "zwolf", "moitié" is "moitie".
        var words = new Dictionary<string, string>(StringComparer.Ordinal);
        void Add(string digits, params string[] spellings)
        {
            foreach (var spelling in spellings)
                words[spelling] = digits;
        }

        Add("2", "two", "deux", "zwei", "dos", "due", "dois", "duas", "twee");
        Add("3", "three", "trois", "drei", "tres", "tre", "drie");
        Add("4", "four", "quatre", "vier", "cuatro", "quattro", "quatro");
        Add("5", "five", "cinq", "funf", "cinco", "cinque", "vijf");
        Add("6", "six", "sechs", "seis", "sei", "zes");
        Add("7", "seven", "sept", "sieben", "siete", "sette", "sete", "zeven");
        Add("8", "eight", "huit", "acht", "ocho", "otto", "oito");
        Add("9", "nine", "neuf", "neun", "nueve", "nove", "negen");
        Add("10", "ten", "dix", "zehn", "diez", "dieci", "dez", "tien", "tenth", "dixieme", "zehntel", "decimo", "decima", "tiende");
        Add("12", "twelve", "douze", "zwolf", "doce", "dodici", "doze", "twaalf");
        Add("15", "fifteen", "quinze", "funfzehn", "quince", "quindici", "vijftien");
        Add("20", "twenty", "vingt", "zwanzig", "veinte", "venti", "vinte", "twintig", "fifth", "cinquieme", "funftel", "quinto", "vijfde");
        Add("25", "quarter", "quart", "viertel", "cuarto", "quarto", "kwart");
        Add("30", "thirty", "trente", "dreissig", "treinta", "trenta", "trinta", "dertig");
        Add("33", "third", "drittel", "tercio", "terzo", "terco", "derde");
        Add("40", "forty", "quarante", "vierzig", "cuarenta", "quaranta", "quarenta", "veertig");
        Add("50", "fifty", "cinquante", "funfzig", "cincuenta", "cinquanta", "cinquenta", "vijftig", "half", "moitie", "halfte", "mitad", "metade", "helft");
        Add("100", "hundred", "hundert", "cien", "cento", "cem", "honderd");
        return words.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
