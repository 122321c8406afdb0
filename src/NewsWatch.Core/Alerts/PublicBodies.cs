using System.Collections.Frozen;
using NewsWatch.Core.Classification.Text;

namespace NewsWatch.Core.Alerts;

/// <summary>
/// Which organisation keys name one specific body (an institute, an agency, an office) rather
/// than a company: "Nordlicht Institut", "UK AI Security Institute", or an acronym no list knows
/// ("ANVIA", "TIAV"). Such a body is specific evidence, as a team is: its formation and its head's
/// arrival, or its budget cut and its restructuring, are one story. A company is not: two
/// changes at one lab in a week are two stories. The generic "AI Safety Institute", which any
/// country's institute is called, names none.
/// </summary>
public static class PublicBodies
{
    // The word (or, in compounds, the ending: "KI-Sicherheitsinstitut", "veiligheidsinstituut")
    // that says a name is a public body's, in the seven languages, accents folded as keys are.
    internal static readonly string[] BodyWords =
    [
        "institute", "institut", "instituut", "instituto", "istituto", "agency", "agence", "agenzia", "agencia", "agentur", "agentschap",
        "office", "bureau", "buro", "ufficio", "oficina", "authority", "autorite", "autorita", "autoridad", "autoridade", "autoriteit",
        "behorde", "rijksdienst", "observatory", "observatoire", "observatorio", "osservatorio", "observatorium",
    ];

    // A named centre is a body too ("Marlow Centre for Frontier AI Safety"), but only as a whole
    // word ("Rechenzentrum", "datacenter" are buildings), and a text that speaks of a centre ("a
    // data center") does not for that speak of a body.
    internal static readonly FrozenSet<string> CentreWords = new[] { "centre", "center", "centro", "centrum", "zentrum" }.ToFrozenSet(StringComparer.Ordinal);

    private const int MaxScan = 4_000;

    // A name of only these words is any country's institute.
    private static readonly FrozenSet<string> GenericWords = new[]
    {
        "ai", "ia", "ki", "safety", "security", "institute", "institutes", "institut", "instituut", "instituto", "istituto", "national",
        "nationaal", "nacional", "nazionale", "for", "of", "pour", "voor", "fur", "para", "per", "sicherheit", "veiligheid", "seguridad",
        "sicurezza", "securite", "surete", "seguranca", "dell", "della", "la", "le", "l", "de", "del", "da", "do", "van", "het",
        "sur", "sul", "sull", "sulla", "sobre",
        "centre", "center", "centro", "centrum", "zentrum",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// The keys of the report's organisations that name a specific body, and of its acronyms when
    /// the report speaks of a body at all ("ANVIA, the new institute"): a company's acronym ("IBM
    /// disbands its ethics team") is a company's.
    /// </summary>
    public static IReadOnlySet<StoryKey> Among(IEnumerable<string> orgs, IEnumerable<string> acronyms, string text)
    {
        ArgumentNullException.ThrowIfNull(orgs);
        ArgumentNullException.ThrowIfNull(acronyms);
        ArgumentNullException.ThrowIfNull(text);
        var bodies = new HashSet<StoryKey>();
        var orgList = orgs.ToList();
        foreach (var org in orgList.Where(IsSpecificBody))
            bodies.UnionWith(StoryKey.For([], [], [org]).Where(k => k.Kind == StoryKey.Org));
        bodies.UnionWith(ConceptKeysOf(orgList));
        bodies.UnionWith(InitialsOf(orgList).Select(initials => new StoryKey(StoryKey.Org, StoryKey.Normalise(initials))));
        var acronymList = acronyms.ToList();
        if (acronymList.Count > 0 && SpeaksOfABody(text))
            bodies.UnionWith(acronymList.Select(acronym => new StoryKey(StoryKey.Org, StoryKey.Normalise(acronym))));
        return bodies;
    }

    /// <summary>The bodies among the organisations as the words their names are made of (see <see cref="BodyConcepts"/>).</summary>
    public static IEnumerable<StoryKey> ConceptKeysOf(IEnumerable<string> orgs)
    {
        ArgumentNullException.ThrowIfNull(orgs);
        return orgs.Where(IsSpecificBody).Select(BodyConcepts.KeyOf).OfType<string>().Select(key => new StoryKey(StoryKey.Org, key));
    }

    /// <summary>
    /// The initials of the bodies among the organisations, named in full ("Tamaran Centre for AI
    /// Safety and Evaluation" is "TCASE"), which another outlet may write alone. A company's
    /// initials are no one's name ("Ashgrove Quantum Foundry" is not "AQF").
    /// </summary>
    public static IEnumerable<string> InitialsOf(IEnumerable<string> orgs)
    {
        ArgumentNullException.ThrowIfNull(orgs);
        return orgs.Where(IsSpecificBody).Select(Acronyms.InitialsOf).OfType<string>();
    }

    // The title and lede are enough: a body is named as one where it is introduced.
    private static bool SpeaksOfABody(string text) => Words(text.Length > MaxScan ? text[..MaxScan] : text).Any(IsBodyWord);


    /// <summary>Whether the word is one any country's institute is named with ("national", "safety", "for").</summary>
    internal static bool IsGenericWord(string word) => GenericWords.Contains(word);

    /// <summary>Whether an organisation's name says it is a body, and which one.</summary>
    public static bool IsSpecificBody(string org)
    {
        ArgumentNullException.ThrowIfNull(org);
        var words = Words(org);
        return words.Any(word => IsBodyWord(word) || CentreWords.Contains(word)) && words.Any(word => !GenericWords.Contains(word) && !IsBodyWord(word));
    }

    private static bool IsBodyWord(string word) => BodyWords.Any(body => word.EndsWith(body, StringComparison.Ordinal));

    // Folded words, with compounds' hyphens kept apart: "KI-Sicherheitsinstitut" is "ki", "sicherheitsinstitut".
    private static string[] Words(string name) =>
        new string([.. AccentFolding.Fold(name.ToLowerInvariant()).Select(c => char.IsLetterOrDigit(c) ? c : ' ')]).Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
