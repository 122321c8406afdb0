using System.Globalization;
using System.Text;

namespace NewsWatch.Core.Alerts;

/// <summary>
/// How reports find the story they belong to: one key per named person, team or organisation,
/// spelt the same whatever the outlet's language or casing ("l'équipe Superalignment",
/// "Superalignment team" and "superalignment" share a key). The classifier names known
/// entities by their gazetteer's canonical name, so aliases in any language meet here too.
/// </summary>
public sealed record StoryKey(char Kind, string Name)
{
    public const char Person = 'p';

    /// <summary>A person's family name alone: later reports often write "Solberg-Arnaud" for "Katrin Solberg-Arnaud".</summary>
    public const char FamilyName = 'f';
    public const char Team = 't';
    public const char Org = 'o';

    // Words that name the kind of group rather than the group itself, in the seven languages.
    private static readonly HashSet<string> GenericWords = new(StringComparer.Ordinal)
    {
        "team", "teams", "the", "equipe", "equipes", "l", "la", "le", "les", "de", "du", "des", "d",
        "das", "der", "die", "equipo", "el", "los", "squadra", "il", "lo", "equipa", "o", "a", "da", "het", "de", "van",
    };

    // The word an institute's name opens with says what it is, in each language: "Instituto Taquari"
    // and "Istituto Taquari" are one institute. Only the opening word goes: "Future of Life
    // Institute" and "Future of Life Foundation" are two.
    private static readonly HashSet<string> InstitutionOpeners = new(StringComparer.Ordinal)
    {
        "institut", "instituto", "istituto", "instituut", "fondazione", "fundacion", "fundacao", "fondation", "stiftung", "stichting",
    };

    /// <summary>At most this many keys per report: its people first, then its teams, then its organisations, then its people's names in another order.</summary>
    public const int MaxReportKeys = 24;

    /// <summary>At most this many keys per story: a story retold by dozens of outlets keeps its first keys (each is a row to write per join).</summary>
    public const int MaxStoryKeys = 48;

    // A team's kind is keyed at the lab the report is about; a report naming more labs names bystanders too.
    private const int MaxLabsForKind = 2;

    // "Lanterna Labs" is "Lanterna" in the next outlet's report, and "Nordlicht Institute for AI
    // Safety" is "Nordlicht": a company's or institute's name up to the first word that says what
    // it is ("Future of Humanity Institute" stays apart from "Future of Life Institute"). A core is
    // an organisation key only: a family name filed from it would join a person of that name.
    // The words a company ends its name with, as the classifier reads them, and those that say a
    // name is a public body's (see PublicBodies).
    private static readonly HashSet<string> WhatItIs = Classification.Entities.StartupName.Endings
        .Select(Classification.Text.NameKey.Of).Select(word => word.Trim())
        .Concat(PublicBodies.BodyWords).Concat(PublicBodies.CentreWords).Append("foundation")
        .ToHashSet(StringComparer.Ordinal);

    // "Centro Studi", "Centro de Estudios": what a centre does, not its name.
    private static readonly HashSet<string> StudyWords = new(StringComparer.Ordinal)
    {
        "studi", "estudios", "estudos", "etudes", "ricerche", "ricerca", "investigacion", "pesquisa", "pesquisas", "forschung", "onderzoek", "research", "studies",
    };

    // "UK AI Security Institute" is not "UK": a core of a country's code says nothing.
    private const int MinCoreLength = 3;

    // Shorter words in a name are particles ("de", "van", "del") or initials, which name no one.
    private const int MinFamilyNameLength = 3;

    // Longer particles, which name no one either: "Maria della Rovere", "Ana dos Santos".
    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal) { "della", "delle", "dello", "degli", "dalla", "dalle" };

    public string Partition => $"{Kind}|{Name}";

    /// <summary>The key a <see cref="Partition"/> names, or null when it names none.</summary>
    public static StoryKey? Parse(string partition)
    {
        ArgumentNullException.ThrowIfNull(partition);
        return partition.Length > 2 && partition[1] == '|' && partition[0] is Person or FamilyName or Team or Org
            ? new StoryKey(partition[0], partition[2..])
            : null;
    }

    /// <summary>The keys an alert or a report is filed under: its people, teams and organisations.</summary>
    /// <param name="teamKinds">
    /// The kind of work of each team that shows it. A team is keyed by its kind at the organisation
    /// named ("safety" at Harrowgate Labs), which every language shares, and not by kind when no
    /// organisation is named ("the safety team" alone could be anyone's) or when more than two are
    /// (the team could be any of theirs).
    /// </param>
    /// <param name="knownTeams">The teams known by name, which are keyed by their name as well; a team only described is keyed by kind alone.</param>
    public static IReadOnlyList<StoryKey> For(
        IEnumerable<string> people,
        IEnumerable<string> teams,
        IEnumerable<string> orgs,
        IReadOnlyDictionary<string, string>? teamKinds = null,
        IReadOnlyCollection<string>? knownTeams = null)
    {
        ArgumentNullException.ThrowIfNull(teams);
        ArgumentNullException.ThrowIfNull(orgs);
        var orgList = orgs.ToList();
        var kinds = teamKinds ?? new Dictionary<string, string>();
        var named = teams.Where(team => !kinds.ContainsKey(team) || (knownTeams?.Contains(team) ?? false));
        var labs = orgList.Count <= MaxLabsForKind ? orgList : [];
        var orgNames = orgList.Select(Normalise).Where(name => name.Length > 1).ToList();
        var cores = orgNames.Select(CoreOf).Where(core => core.Length > MinCoreLength).ToList();
        // "the evaluation team at Fenwick Group" is Fenwick's where another outlet drops "Group".
        var labNames = labs.Select(Normalise).Concat(labs.Select(Normalise).Select(CoreOf).Where(core => core.Length > MinCoreLength));
        // Every kind counts, a team only described by its work's included ("a group to test its models").
        var ofKind = kinds.Values.Distinct(StringComparer.Ordinal)
            .SelectMany(kind => labNames.Select(org => KindAt(kind, org)));
        // A person named by one word ("Okonjo deja la compañía") is named by family name, and so is
        // one named by initials ("P. Venkataraman" is Priya Venkataraman in the next outlet's report).
        var persons = people.Select(WithoutInitials).ToList();
        var oneWord = persons.Where(name => !name.Trim().Contains(' ', StringComparison.Ordinal)).ToList();
        return [.. Keys(Person, persons.Except(oneWord)).Concat(ShortNames(persons)).Concat(FamilyNames(persons)).Concat(Keys(FamilyName, oneWord.Where(name => IsFamilyNameWord(Normalise(name))))).Concat(Keys(Team, named)).Concat(Keys(Team, ofKind))
            .Concat(orgNames.Concat(cores).Select(name => new StoryKey(Org, name)))
            .Concat(OneWordNames(orgNames)).Concat(OrderFreeKeys(persons)).Distinct().Take(MaxReportKeys)];
    }

    /// <summary>Whether the key names a person, in full or by family name.</summary>
    public bool IsPerson => Kind is Person or FamilyName;

    /// <summary>A team's kind of work at one lab ("evaluation at skarvik"): as specific as a person to a follow-up.</summary>
    public bool IsLabTeam => Kind == Team && Name.Contains(" at ", StringComparison.Ordinal);

    /// <summary>The keys a follow-up below the threshold is filed and looked up under: its people and its labs' teams.</summary>
    public bool IsFollowUpKey => IsPerson || IsLabTeam;

    private static string KindAt(string kind, string org) => $"{kind} at {org}";

    /// <summary>
    /// Whether a family-name key may be a one-word organisation's instead (see <see cref="OneWordNames"/>):
    /// it says whom the report is about only if no organisation of the report is spelt the same.
    /// </summary>
    public static bool IsOnlyPossiblyAPerson(StoryKey key, IEnumerable<StoryKey> keysOfTheSameReport)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(keysOfTheSameReport);
        return key.Kind == FamilyName && keysOfTheSameReport.Contains(new StoryKey(Org, key.Name));
    }

    private static string CoreOf(string normalisedName)
    {
        var words = normalisedName.Split(' ');
        var core = words.TakeWhile(word => !WhatItIs.Contains(word)).ToList();
        // "National Bureau for Model Safety" is no "National ...": a core of generic words names no one.
        if (core.Count > 0 && core.Count < words.Length)
            return core.TrueForAll(PublicBodies.IsGenericWord) ? string.Empty : string.Join(' ', core);
        // "Centro Vesta per la sicurezza ..." is "Vesta Centre for AI Safety" in English: a centre
        // whose name opens with the word has its proper word after it ("Centro Studi" names none).
        return core.Count == 0 && words.Length >= 2 && PublicBodies.CentreWords.Contains(words[0]) && !WhatItIs.Contains(words[1])
            && !PublicBodies.IsGenericWord(words[1]) && !StudyWords.Contains(words[1]) && words[1].Length >= MinCoreLength
            ? words[1]
            : string.Empty;
    }

    // "Achterberg vertrekt bij Halvorsen": a headline's one-word subject is a company or a person's
    // family name, which only the words around it can tell. Filed under both, it meets the
    // report that names "Mireille Achterberg".
    private static IEnumerable<StoryKey> OneWordNames(IEnumerable<string> normalisedOrgs) =>
        normalisedOrgs.Where(name => name.Length > 3 && !name.Contains(' ', StringComparison.Ordinal)).Select(name => new StoryKey(FamilyName, name));

    // The family name: the last word of a name of two or more, long enough not to be a particle
    // or an initial, and each half of a hyphenated one ("Lenzi-Vitale" is "Lenzi" in one
    // outlet, "Vitale" in another). Middle words may be a second given name ("José Luis
    // Escrivá"), which names no one, so they are not keys.
    private static IEnumerable<StoryKey> FamilyNames(IEnumerable<string> people) =>
        people.Select(name => name.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(words => words.Length >= 2)
            .SelectMany(words => new[] { Normalise(words[^1]) }.Concat(HyphenParts(words[^1])))
            .Select(part => part.Split(' ')[^1]).Where(IsFamilyNameWord).Distinct(StringComparer.Ordinal)
            .Select(word => new StoryKey(FamilyName, word));

    // "Marta Lenzi-Vitale" and "Marta Lenzi": outlets drop half of a hyphenated family
    // name, so such a name is also filed by its given name and the first half. A hyphenated given
    // name ("Jean-Pierre Dupont") is no family name and gives no such key.
    private static IEnumerable<StoryKey> ShortNames(IEnumerable<string> people) =>
        people.Select(name => name.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(words => words.Length >= 2)
            .Select(words => (Given: words[0], First: HyphenParts(words[^1]).FirstOrDefault()))
            .Where(name => name.First is not null && IsFamilyNameWord(name.First))
            .Select(name => new StoryKey(Person, Normalise(name.Given) + " " + name.First));

    // "Meiyun Tsao", "Tsao Meiyun", "Tsao Mei-yun": outlets order a name differently, most of
    // all names written family name first, and join its hyphenated parts or not. The name's words,
    // hyphens joined and sorted, are the same in every such spelling; "Zhang Wenli" and "Li Wenzhang"
    // still differ. Two-word names only: a longer one's middle words may be dropped or moved.
    // Short two-word names are many people's in either order ("Li Wei" and "Wei Li", "José María").
    private const int MinOrderFreeLetters = 10;

    private static IEnumerable<StoryKey> OrderFreeKeys(IEnumerable<string> people) =>
        people.Select(name => Normalise(name.Replace("-", string.Empty, StringComparison.Ordinal)).Split(' '))
            .Where(words => words.Length == 2 && words.All(word => word.Length > 1) && words.Sum(word => word.Length) >= MinOrderFreeLetters)
            .Select(words => new StoryKey(Person, string.Join(' ', words.Order(StringComparer.Ordinal))));

    private static string WithoutInitials(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var first = 0;
        while (first < words.Length - 1 && words[first] is [_, '.'])
            first++;
        return first == 0 ? name : string.Join(' ', words[first..]);
    }

    private static IEnumerable<string> HyphenParts(string word)
    {
        var parts = word.Split('-', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length > 1 ? parts.Select(Normalise) : [];
    }

    private static bool IsFamilyNameWord(string word) => word.Length > MinFamilyNameLength && !Particles.Contains(word);

    private static IEnumerable<StoryKey> Keys(char kind, IEnumerable<string> names) =>
        names.Select(Normalise).Where(name => name.Length > 1).Select(name => new StoryKey(kind, name));

    public static string Normalise(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var folded = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                continue;
            folded.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }

        var words = folded.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(word => !GenericWords.Contains(word)).ToList();
        if (words.Count > 1 && InstitutionOpeners.Contains(words[0]))
            words.RemoveAt(0);
        return string.Join(' ', words);
    }
}
