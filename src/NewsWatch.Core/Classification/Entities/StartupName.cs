using NewsWatch.Core.Classification.Text;

namespace NewsWatch.Core.Classification.Entities;

/// <summary>
/// How start-ups name themselves: one capitalised word followed by "AI", "Labs", "Lab",
/// "Intelligence" or "Cognition" ("Helix Labs", "Polder AI", "Cajuína IA"), which says the story is about AI even when no
/// list knows the company; or followed by a company word ("Veridian Systems", "Tupã Sistemas"),
/// which says only that it is a company.
/// </summary>
internal static class StartupName
{
    // "Intelligence", "Cognition", "Mind(s)", "Neural" and "ML" (machine learning) after a coined name are how AI start-ups name themselves.
    private static readonly HashSet<string> AiSuffixes = new(StringComparer.Ordinal)
    {
        "AI", "IA", "KI", "ML", "Labs", "Lab", "Intelligence", "Inteligencia", "Inteligência", "Intelligenza", "Intelligenz", "Intelligentie", "Cognition", "Cognitiva", "Minds", "Mind",
        "Neural", "Neuronal", "Neurale", "Neuronale",
    };

    private static readonly HashSet<string> CompanySuffixes = new(StringComparer.Ordinal)
    {
        "Systems", "Sistemas", "Sistemi", "Systeme", "Technologies", "Tecnologias", "Tecnologías", "Tecnologie",
        "Robotics", "Analytics", "Evals", "Analítica", "Analitica", "Computing", "Compute", "Machines", "Research", "Technology", "Tecnologia", "Tecnología", "Technik", "Tech",
        "Group", "Gruppe", "Groep", "Groupe", "Grupo", "Gruppo", "Holding", "Foundry", "Logic", "Cloud", "Industries", "Works", "Werke", "Dynamics", "Networks", "Software", "Solutions",
        "Systèmes", "Systemen", "Numérique", "Logiciels", "Informatique", "Informática", "Informatica", "Dinâmica", "Dinámica", "Dinamica",
        "Dynamik", "Cómputo", "Computação", "Calcolo", "Digital", "Digitais", "Digitale", "Digitales", "Datos", "Dados", "Daten", "Dati", "Data",
    };

    // "Climate Tech", "Deep Tech", "Big Tech": a sector of the trade, not a company's name.
    private static readonly HashSet<string> TechSectors = new(StringComparer.Ordinal)
    {
        "Climate", "Health", "Deep", "Ad", "Ed", "Fin", "Big", "Food", "Med", "Legal", "Clean", "Green", "Agri", "Prop", "Insur", "Reg", "Gov",
        "Bio", "Auto", "Space", "Energy", "Hard", "High", "Low", "Sport", "Travel", "Retail", "Defence", "Defense", "Consumer", "Enterprise",
    };

    /// <summary>Whether the words before token <paramref name="suffix"/> and it are a sector ("Climate Tech"), not a company.</summary>
    public static bool IsSector(string text, List<TextToken> tokens, int suffix) =>
        suffix >= 1 && text.AsSpan(tokens[suffix].Start, tokens[suffix].Length).SequenceEqual("Tech")
        && TechSectors.Contains(text.Substring(tokens[suffix - 1].Start, tokens[suffix - 1].Length));

    /// <summary>Every word that ends such a name, as written ("Labs", "Tecnologia", "GmbH").</summary>
    public static IEnumerable<string> Endings => AiSuffixes.Concat(CompanySuffixes).Concat(LegalForms);

    // The legal forms a company writes after its name ("Veldhaven BV", "Corvell Software AG").
    private static readonly HashSet<string> LegalForms = new(StringComparer.Ordinal)
    {
        "BV", "NV", "AG", "GmbH", "SE", "SA", "SAS", "SpA", "Srl", "SL", "Ltda", "Ltd", "Inc", "PLC", "LLC",
    };

    /// <summary>
    /// Where a company's name found up to <paramref name="end"/> (exclusive) ends: past its legal
    /// form ("Kranich Systeme GmbH"), and for a partnership past one company word first
    /// ("Eichhorn &amp; Söhne Digital"). No further: "Meridian Labs Research Chief" and "Kranich
    /// Systeme Daten zeigen" go on with other words.
    /// </summary>
    public static int ExtendOverLegalForm(string text, List<TextToken> tokens, bool[] claimed, int end, bool takesACompanyWord)
    {
        if (takesACompanyWord && Follows(text, tokens, claimed, end, CompanySuffixes))
            end++;
        return Follows(text, tokens, claimed, end, LegalForms) ? end + 1 : end;
    }

    private static bool Follows(string text, List<TextToken> tokens, bool[] claimed, int at, HashSet<string> words) =>
        at < tokens.Count && !claimed[at] && tokens[at].Sentence == tokens[at - 1].Sentence
        && tokens[at].Start == tokens[at - 1].End + 1 && text[tokens[at - 1].End] == ' '
        && !IsCompoundHead(text, tokens[at]) && words.Contains(text.Substring(tokens[at].Start, tokens[at].Length));

    /// <summary>Whether tokens <paramref name="suffix"/> - 1 and <paramref name="suffix"/> are such a name, written "Word Suffix".</summary>
    /// <param name="anyCompany">Also accept company words, not only the endings that say "AI".</param>
    public static bool EndsAt(string text, List<TextToken> tokens, int suffix, bool anyCompany = false)
    {
        if (suffix < 1)
            return false;
        var name = tokens[suffix - 1];
        var end = tokens[suffix];
        var suffixWord = text.Substring(end.Start, end.Length);
        return name.IsCapitalised && name.Sentence == end.Sentence && name.End + 1 == end.Start && text[name.End] == ' '
            && !IsCompoundHead(text, end)
            && ((AiSuffixes.Contains(suffixWord) && !IsIntelligenceService(text, tokens, suffix, suffixWord)) || (anyCompany && (CompanySuffixes.Contains(suffixWord) || LegalForms.Contains(suffixWord))));
    }

    // "Defense Intelligence Agency", "Competitive Intelligence firm": intelligence is also what spies
    // and analysts gather; there the word says nothing about AI.
    private static readonly HashSet<string> IntelligenceWords = new(StringComparer.Ordinal) { "Intelligence", "Inteligencia", "Inteligência", "Intelligenza" };
    private static readonly HashSet<string> GatheredIntelligence = new(StringComparer.OrdinalIgnoreCase)
    {
        "Defense", "Defence", "Military", "Threat", "Business", "Market", "Competitive", "Central", "National", "Signals",
        "Security", "Criminal", "Financial", "Naval", "Foreign", "Strategic", "Open", "Source", "Customer",
    };

    private static readonly HashSet<string> ServiceWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "Agency", "Service", "Services", "Unit", "Community", "Officer", "Directorate", "Committee", "Analyst", "Analysts", "Firm",
    };

    private static bool IsIntelligenceService(string text, List<TextToken> tokens, int suffix, string suffixWord)
    {
        if (!IntelligenceWords.Contains(suffixWord))
            return false;
        var name = tokens[suffix - 1];
        return GatheredIntelligence.Contains(text.Substring(name.Start, name.Length))
            || (suffix + 1 < tokens.Count && ServiceWords.Contains(text.Substring(tokens[suffix + 1].Start, tokens[suffix + 1].Length)));
    }

    // "het Gentse AI-bedrijf", "ein Kölner KI-Start-up": the suffix opens a compound, so the word
    // before it describes the company (a town, a trade) rather than naming it.
    private static bool IsCompoundHead(string text, TextToken suffix) => suffix.End < text.Length && text[suffix.End] == '-';

    public static bool AnyIn(string text, List<TextToken> tokens)
    {
        for (var i = 1; i < tokens.Count; i++)
        {
            if (EndsAt(text, tokens, i))
                return true;
        }

        return false;
    }
}
