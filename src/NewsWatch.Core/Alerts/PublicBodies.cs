using System.Collections.Frozen;
using NewsWatch.Core.Classification.Text;

namespace NewsWatch.Core.Alerts;

/// <summary>
/// Which organisation keys name one specific body (an institute, an agency, an office) rather
/// than a company: "Nordlicht Institut", "UK AI Security Institute", or an acronym no list knows
/// ("INSIA", "NIAV"). Such a body is specific evidence, as a team is: its formation and its head's
/// arrival, or its budget cut and its restructuring, are one story. A company is not: two
/// changes at one lab in a week are two stories. The generic "AI Safety Institute", which any
/// country's institute is called, names none.
/// </summary>
public static class PublicBodies
{
    // The word (or, in compounds, the ending: "KI-Sicherheitsinstitut", "veiligheidsinstituut")
    // that says a name is a public body's, in the seven languages, accents folded as keys are.
    private static readonly string[] BodyWords =
    [
        "institute", "institut", "instituut", "instituto", "istituto", "agency", "agence", "agenzia", "agencia", "agentur", "agentschap",
        "office", "bureau", "buro", "ufficio", "oficina", "authority", "autorite", "autorita", "autoridad", "autoridade", "autoriteit",
        "behorde", "rijksdienst",
    ];

    // A name of only these words is any country's institute.
    private static readonly FrozenSet<string> GenericWords = new[]
    {
        "ai", "ia", "ki", "safety", "security", "institute", "institutes", "institut", "instituut", "instituto", "istituto", "national",
        "nationaal", "nacional", "nazionale", "for", "of", "pour", "voor", "fur", "para", "per", "sicherheit", "veiligheid", "seguridad",
        "sicurezza", "securite", "surete", "seguranca", "dell", "della", "la", "le", "l", "de", "del", "da", "do", "van", "het",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The keys of the report's organisations and acronyms that name a specific body.</summary>
    public static IReadOnlySet<StoryKey> Among(IEnumerable<string> orgs, IEnumerable<string> acronyms)
    {
        ArgumentNullException.ThrowIfNull(orgs);
        ArgumentNullException.ThrowIfNull(acronyms);
        var bodies = new HashSet<StoryKey>();
        foreach (var org in orgs.Where(IsSpecificBody))
            bodies.UnionWith(StoryKey.For([], [], [org]).Where(k => k.Kind == StoryKey.Org));
        foreach (var acronym in acronyms)
            bodies.Add(new StoryKey(StoryKey.Org, StoryKey.Normalise(acronym)));
        return bodies;
    }

    /// <summary>Whether an organisation's name says it is a body, and which one.</summary>
    public static bool IsSpecificBody(string org)
    {
        ArgumentNullException.ThrowIfNull(org);
        var words = Words(org);
        return words.Any(IsBodyWord) && words.Any(word => !GenericWords.Contains(word) && !IsBodyWord(word));
    }

    private static bool IsBodyWord(string word) => BodyWords.Any(body => word.EndsWith(body, StringComparison.Ordinal));

    // Folded words, with compounds' hyphens kept apart: "KI-Sicherheitsinstitut" is "ki", "sicherheitsinstitut".
    private static string[] Words(string name) =>
        new string([.. AccentFolding.Fold(name.ToLowerInvariant()).Select(c => char.IsLetterOrDigit(c) ? c : ' ')]).Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
