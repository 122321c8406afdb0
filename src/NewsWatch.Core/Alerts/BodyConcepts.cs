using System.Collections.Frozen;

namespace NewsWatch.Core.Alerts;

/// <summary>
/// A public body's name as the words it is made of, in no language: "Agencia Tamaresa de Evaluación
/// de Modelos" and "Agência Tamaresa de Avaliação de Modelos" are both an agency, Tamaran, of
/// evaluation, of models. Outlets translate a body's name into their own language, where its
/// initials no longer match ("ATEM", "ATAM"), so a report naming it one way meets one naming it
/// another. A name's own word (a place or demonym) is kept by its first letters ("tamaresa",
/// "tamar"): written alike across the Romance languages and English, and needed, since a name of
/// only the common words is any country's body.
/// </summary>
public static class BodyConcepts
{
    // The same word's first letters in the languages that write it alike ("tamarien", "tamarese").
    private const int StemLength = 5;

    // A kind of body, a field and one word of its own at least: fewer is too common to name one.
    private const int MinConcepts = 3;

    /// <summary>The marker that opens a concept key, so it can never equal a name's key.</summary>
    public const string Marker = "concepts ";

    private static readonly FrozenDictionary<string, string> Concepts = Build(new Dictionary<string, string[]>
    {
        ["agency"] = ["agency", "agence", "agentur", "agencia", "agenzia", "agentschap"],
        ["institute"] = ["institute", "institut", "instituto", "istituto", "instituut"],
        ["centre"] = ["centre", "center", "centro", "centrum", "zentrum"],
        ["office"] = ["office", "bureau", "buro", "oficina", "ufficio", "gabinete"],
        ["authority"] = ["authority", "autorite", "behorde", "autoridad", "autorita", "autoridade", "autoriteit"],
        ["laboratory"] = ["laboratory", "lab", "laboratoire", "labor", "laboratorio", "laboratorium"],
        ["observatory"] = ["observatory", "observatoire", "observatorium", "observatorio", "osservatorio"],
        ["council"] = ["council", "conseil", "rat", "consejo", "consiglio", "conselho", "raad"],
        ["national"] = ["national", "nationale", "nacional", "nazionale", "nationaal"],
        ["federal"] = ["federal", "federale", "federaal", "eidgenossische", "eidgenossisches"],
        ["european"] = ["european", "europeenne", "europaische", "europaisches", "europea", "europeo", "europeia", "europees", "europese"],
        ["evaluation"] = ["evaluation", "evaluierung", "bewertung", "evaluacion", "valutazione", "avaliacao", "evaluatie", "toetsing", "prufung", "assessment", "testing"],
        ["safety"] = ["safety", "security", "surete", "securite", "sicherheit", "seguridad", "sicurezza", "seguranca", "veiligheid"],
        ["models"] = ["models", "model", "modeles", "modelle", "modelos", "modelli", "modellen"],
        ["systems"] = ["systems", "systemes", "systeme", "sistemas", "sistemi", "systemen"],
        ["research"] = ["research", "recherche", "forschung", "investigacion", "ricerca", "pesquisa", "onderzoek"],
        ["standards"] = ["standards", "normes", "normen", "normas", "norme"],
        ["digital"] = ["digital", "numerique", "digitale", "digitales", "digitali", "digitais"],
        ["risk"] = ["risk", "risks", "risques", "risiken", "riesgos", "rischi", "riscos", "risico"],
        ["trust"] = ["trust", "confiance", "vertrauen", "confianza", "fiducia", "confianca", "vertrouwen"],
        ["innovation"] = ["innovation", "innovacion", "innovazione", "inovacao", "innovatie"],
        ["ethics"] = ["ethics", "ethique", "ethik", "etica", "ethiek"],
        ["governance"] = ["governance", "gouvernance", "gobernanza", "governanca"],
    });

    // Concepts few bodies are named for: two of them say which body it is, as a name's own word
    // does ("Institute for Trust and Innovation", "Instituto para la Confianza y la Innovación");
    // one alone is any country's ("Council for Digital Ethics").
    private const int MinDistinctiveConcepts = 2;

    private static readonly FrozenSet<string> DistinctiveConcepts = new[] { "trust", "innovation", "ethics", "governance" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> BodyKinds = new[] { "agency", "institute", "centre", "office", "authority", "laboratory", "observatory", "council" }
        .ToFrozenSet(StringComparer.Ordinal);

    // "in AI", "de l'IA": every body these reports name works on AI, and outlets keep or drop the
    // words from its name as they please ("Institute for Trust and Innovation" for "... en IA").
    private static readonly FrozenSet<string> AiWords = new[]
    {
        "ai", "ia", "ki", "artificial", "artificielle", "kunstliche", "artificiale", "kunstmatige", "intelligence", "inteligencia", "intelligenza", "intelligenz", "intelligentie",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Linking words, articles and the like, which say nothing of which body it is.
    private static readonly FrozenSet<string> LinkWords = new[]
    {
        "for", "of", "and", "the", "on", "fur", "und", "der", "des", "die", "voor", "van", "en", "het", "de", "del", "della", "dello", "dei", "degli",
        "delle", "da", "do", "dos", "das", "e", "y", "la", "le", "les", "l", "per", "pour", "sur", "et", "para", "d", "di", "du", "dell", "al", "au",
        "aux", "a", "em", "in", "i", "el", "los", "las", "il", "lo", "gli", "o", "os", "as", "um", "uma", "een", "ein", "eine",
        "sul", "sull", "sulla", "sui", "sugli", "sulle", "sobre",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The concept key of a body's name (already a public body's, see <see cref="PublicBodies.IsSpecificBody"/>), or null when too common to name one.</summary>
    public static string? KeyOf(string bodyName)
    {
        ArgumentNullException.ThrowIfNull(bodyName);
        var concepts = new SortedSet<string>(StringComparer.Ordinal);
        var ownWords = 0;
        var distinctive = 0;
        foreach (var word in Classification.Text.NameKey.Of(bodyName).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (LinkWords.Contains(word) || AiWords.Contains(word))
                continue;
            if (Concepts.TryGetValue(word, out var concept))
            {
                concepts.Add(concept);
                distinctive += DistinctiveConcepts.Contains(concept) ? 1 : 0;
            }
            else if (word.Length >= StemLength && !word.Any(char.IsDigit))
            {
                concepts.Add(word[..StemLength]);
                ownWords++;
            }
        }

        return (ownWords > 0 || distinctive >= MinDistinctiveConcepts) && concepts.Count >= MinConcepts && concepts.Overlaps(BodyKinds) ? Marker + string.Join(' ', concepts) : null;
    }

    private static FrozenDictionary<string, string> Build(Dictionary<string, string[]> words) =>
        words.SelectMany(pair => pair.Value.Select(word => (word, pair.Key))).ToFrozenDictionary(p => p.word, p => p.Key, StringComparer.Ordinal);
}
