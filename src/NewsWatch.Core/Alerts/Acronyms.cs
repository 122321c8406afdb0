namespace NewsWatch.Core.Alerts;

/// <summary>
/// The acronyms a report names ("LNAIA", "TIAV"): an institute or lab no list knows is often
/// written the same way in every language, and one outlet's "National AI Evaluation Lab" is
/// another's "laboratório nacional de avaliação". Acronyms every story uses (AI, CEO, GPU) and
/// news agencies (AFP, DPA) say nothing about which story a report tells.
/// </summary>
public static class Acronyms
{
    public const int MaxAcronyms = 6;
    private const int MinLength = 3;
    private const int MaxLength = 8;
    private const int MaxScan = 4_000;

    private static readonly HashSet<string> Common = new(StringComparer.Ordinal)
    {
        // AI and its hardware, in the seven languages.
        "AGI", "ASI", "LLM", "LLMS", "GPU", "GPUS", "TPU", "TPUS", "API", "APIS", "GPT", "IAG", "KGI", "AIG",
        // Job titles.
        "CEO", "CTO", "CFO", "COO", "CSO", "CISO", "CAIO", "CPO", "PDG", "SVP", "EVP",
        // Countries, unions and blocs.
        "USA", "EUA", "EEUU", "RFA", "ONU", "NATO", "OTAN", "UNO", "OECD", "OCDE", "OESO",
        // News agencies and broadcasters that credit a report.
        "AFP", "DPA", "ANSA", "EFE", "ANP", "BBC", "CNN", "CNBC", "NPR", "NBC", "ABC", "CBS", "RTL", "ARD", "ZDF", "NOS", "RAI", "RTP", "RTVE", "TVE", "APA", "SDA", "BELGA", "LUSA",
        // Time zones, currencies, company forms, and the tags outlets put on headlines.
        "UTC", "GMT", "CET", "CEST", "PDF", "FAQ", "NEW", "NEWS", "LIVE", "UPDATE", "UPDATED",
        "USD", "EUR", "GBP", "CHF", "JPY", "CNY", "BRL", "INC", "LLC", "PLC", "LTD", "GMBH", "CORP", "SPA", "SRL", "BV",
        "BREAKING", "EXCLUSIVE", "EXCLUSIF", "EXKLUSIV", "EXCLUSIVA", "ESCLUSIVA", "EXCLUSIEF", "URGENT", "ALERT", "VIDEO", "VÍDEO", "WATCH", "LISTEN",
        "OPINION", "ANALYSIS", "ANALYSE", "ANÁLISIS", "ANALISI", "ANÁLISE", "PODCAST", "INTERVIEW", "REPORT", "EILMELDUNG", "ÚLTIMA", "ULTIMA", "HORA",
    };

    /// <summary>The report's distinctive acronyms, as written, at most <see cref="MaxAcronyms"/>; a word before a colon is a tag ("BREAKING:"), not a name.</summary>
    public static IReadOnlyList<string> In(string title, string summary)
    {
        ArgumentNullException.ThrowIfNull(title);
        var found = new List<string>();
        Collect(title, found);
        Collect(summary ?? string.Empty, found);
        return found;
    }

    private static void Collect(string text, List<string> found)
    {
        var words = Words(text.Length > MaxScan ? text[..MaxScan] : text);
        // A headline in capitals is shouting, not naming: its words are no acronyms.
        if (words.Count(w => IsUpper(w.Word)) * 2 > words.Count)
            return;
        foreach (var (word, isTag) in words)
        {
            if (found.Count == MaxAcronyms)
                return;
            if (!isTag && IsUpper(word) && IsAcronym(word) && !found.Contains(word, StringComparer.Ordinal))
                found.Add(word);
        }
    }

    // Words of two letters or more, each with whether a colon follows it: single letters and
    // initials are neither acronyms nor shouting.
    private static List<(string Word, bool IsTag)> Words(string text)
    {
        var words = new List<(string, bool)>();
        var i = 0;
        while (i < text.Length)
        {
            var start = i;
            while (i < text.Length && char.IsLetterOrDigit(text[i]))
                i++;
            if (i - start > 1)
                words.Add((text[start..i], i < text.Length && text[i] == ':'));
            if (i == start)
                i++;
        }

        return words;
    }

    /// <summary>
    /// The acronym a body's name of three words or more makes of its capitalised words' initials
    /// ("Tamaran Centre for AI Safety and Evaluation" is "TCASE", "Tamaraans Instituut voor
    /// AI-Veiligheid" is "TIAV"), which another outlet may write alone; null when it makes none.
    /// </summary>
    public static string? InitialsOf(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var words = name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < MinLength)
            return null;
        var initials = string.Concat(words.Where(w => char.IsUpper(w[0])).Select(w => w[0]));
        return IsAcronym(initials) ? initials : null;
    }

    private static bool IsAcronym(string word) => word.Length is >= MinLength and <= MaxLength && !Common.Contains(word);

    /// <summary>Whether a word, as written, is an acronym that can name one body ("AESIA", "BSI"), not one every story uses (AI, CEO, GPU) or a tag.</summary>
    public static bool IsDistinctive(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return IsUpper(word) && IsAcronym(word);
    }

    private static bool IsUpper(string word)
    {
        foreach (var c in word)
        {
            if (!char.IsUpper(c))
                return false;
        }

        return true;
    }
}
