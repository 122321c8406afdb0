using System.Collections.Frozen;
using System.Globalization;
using NewsWatch.Core.Classification.Text;

namespace NewsWatch.Core.Classification.Knowledge;

/// <summary>
/// Everything the classifier knows, loaded once from the embedded data files under
/// <c>Classification/Data</c>: cue lexicons per language and the gazetteers of organisations,
/// teams, people and name parts. Adding rows to those files needs no code change.
/// </summary>
internal sealed class KnowledgeBase
{
    private const string ResourcePrefix = "NewsWatch.Classification.";
    private const string AnyLanguage = "any";

    // A cue row whose comment starts with this is a fixed expression: "heads for the exit\t# idiom".
    private const string IdiomMarker = "idiom";

    private readonly FrozenDictionary<string, PhraseIndex<Cue>> _cues;
    private readonly FrozenDictionary<string, FrozenSet<string>> _roleWords;
    private readonly FrozenDictionary<string, FrozenSet<string>> _lexiconWords;
    private readonly FrozenDictionary<string, FrozenSet<string>> _hiringVerbs;
    private readonly FrozenDictionary<string, FrozenSet<string>> _dismissalVerbs;

    public KnowledgeBase(Stemmers stemmers)
    {
        Stemmers = stemmers;
        // Names and loanwords compare by surface form, which any language's cache computes the same way.
        var surface = stemmers.For("en");
        var cuesByLanguage = ReadCueFiles();
        var shared = cuesByLanguage.GetValueOrDefault(AnyLanguage, []);
        _cues = SupportedLanguages.All.ToFrozenDictionary(
            language => language,
            language => BuildCueIndex(cuesByLanguage.GetValueOrDefault(language, []), stemmers.For(language), shared, surface));
        Gazetteer = BuildGazetteer(surface);
        _roleWords = SupportedLanguages.All.ToFrozenDictionary(
            language => language,
            language => RoleWordsOf(cuesByLanguage.GetValueOrDefault(language, [])));
        _lexiconWords = SupportedLanguages.All.ToFrozenDictionary(
            language => language,
            language => WordsOf(cuesByLanguage.GetValueOrDefault(language, [])));
        var nameParts = ReadNameParts();
        GivenNames = nameParts["given"];
        NotNames = nameParts["not-name"];
        NameParticles = nameParts["particle"];
        InstitutionWords = nameParts["institution"];
        InstitutionEnds = nameParts["institution-end"];
        CompanyNouns = nameParts["company-noun"];
        CompanyOpenings = nameParts["company-opening"];
        PersonJobs = nameParts["person-job"];
        UnitWords = nameParts["unit"];
        WorkplaceWords = nameParts["workplace"];
        NamingWords = nameParts["naming"];
        RenamingWords = nameParts["renaming"];
        _hiringVerbs = SupportedLanguages.All.ToFrozenDictionary(language => language, language => nameParts[$"hiring-{language}"], StringComparer.Ordinal);
        _dismissalVerbs = SupportedLanguages.All.ToFrozenDictionary(language => language, language => nameParts[$"dismissal-{language}"], StringComparer.Ordinal);
        WorldGivenNames = Knowledge.WorldGivenNames.From(ReadResource(ResourcePrefix + "names.world.tsv"), NotNames.Contains);
    }

    public Stemmers Stemmers { get; }

    public PhraseIndex<GazetteerEntry> Gazetteer { get; }

    /// <summary>Folded given names: a capitalised word pair starting with one is likely a person.</summary>
    public FrozenSet<string> GivenNames { get; }

    /// <summary>
    /// Folded given names of many locales (see <see cref="Knowledge.WorldGivenNames"/>), less
    /// <see cref="NotNames"/>: a capitalised pair opening with one is a person, unless the name is
    /// a word of the item's language.
    /// </summary>
    public FrozenSet<string> WorldGivenNames { get; }

    /// <summary>Folded capitalised words that never start or end a person's name (months, places, titles).</summary>
    public FrozenSet<string> NotNames { get; }

    /// <summary>Folded words that open an institution's name before its proper name ("Instituto Taquari").</summary>
    public FrozenSet<string> InstitutionWords { get; }

    /// <summary>Folded words that close an institution's name after its proper name ("Marlow Centre").</summary>
    public FrozenSet<string> InstitutionEnds { get; }

    /// <summary>Folded words that say what a company is, written before its name ("la start-up Pérégrine", "Start-up Brackwerk").</summary>
    public FrozenSet<string> CompanyNouns { get; }

    /// <summary>Folded words a company's own name opens with, before its proper name ("Grupo Almendral", "Officine Sanmarco").</summary>
    /// <summary>Folded company nouns that also name a person's job ("developer"): see names.tsv.</summary>
    public FrozenSet<string> PersonJobs { get; }

    public FrozenSet<string> CompanyOpenings { get; }

    /// <summary>
    /// Words after which a name says where someone works: "head of safety at Quarrender Cortex",
    /// "Leiterin bei ...", "Toronto-based ..." (see <see cref="Entities.WorkplaceFinder"/>).
    /// </summary>
    public FrozenSet<string> WorkplaceWords { get; }

    /// <summary>Folded words after which a quoted name is what anything is called: "called", "baptisée", "denominata".</summary>
    public FrozenSet<string> NamingWords { get; }

    /// <summary>Folded words that give a new name: "renamed", "rebaptisée", "umbenannt" (see <see cref="Entities.QuotedTeamFinder"/>).</summary>
    public FrozenSet<string> RenamingWords { get; }

    /// <summary>Folded verbs of the language whose subject hires their object ("hires", "contratou"): who stands before one is an employer.</summary>
    public FrozenSet<string> HiringVerbsFor(string language) => _hiringVerbs.GetValueOrDefault(language, FrozenSet<string>.Empty);

    /// <summary>Folded verbs of the language whose subject parts with someone it employed ("fires", "entlässt").</summary>
    public FrozenSet<string> DismissalVerbsFor(string language) => _dismissalVerbs.GetValueOrDefault(language, FrozenSet<string>.Empty);

    /// <summary>Folded words that open a unit's proper name where only names are capitalised ("Unidad de Evaluación ...", "Núcleo de Segurança ...").</summary>
    public FrozenSet<string> UnitWords { get; }

    /// <summary>Lower-case words inside names: "van" in "Bram van Dijk", "de" in "Ana de Souza".</summary>
    public FrozenSet<string> NameParticles { get; }

    /// <summary>Folded words the language's own lexicon phrases use: words of the language, not names ("meer", "nouveau").</summary>
    public FrozenSet<string> LexiconWordsFor(string language) => _lexiconWords.TryGetValue(language, out var words) ? words : FrozenSet<string>.Empty;

    /// <summary>
    /// The language's one-word job titles, folded ("forscherin", "onderzoeker"): German and Dutch
    /// write them into compounds ("Sicherheitsforscherin"), which still name a person.
    /// </summary>
    public FrozenSet<string> RoleWordsFor(string language) => _roleWords.TryGetValue(language, out var words) ? words : FrozenSet<string>.Empty;

    public PhraseIndex<Cue> CuesFor(string language) => _cues.TryGetValue(language, out var index) ? index : _cues["en"];

    private static PhraseIndex<Cue> BuildCueIndex(List<Cue> own, TokenFormCache forms, List<Cue> shared, TokenFormCache surface)
    {
        var index = new PhraseIndex<Cue>(CueMeaning.Instance);
        foreach (var cue in own)
        {
            index.Add(new PhrasePattern<Cue>(PhraseCompiler.Compile(cue.Phrase, forms, surface), cue));
            if (cue.Kind is CueKind.Event or CueKind.Lookalike)
            {
                foreach (var plural in PluralVerbForms.Of(cue.Phrase, cue.Language))
                    index.Add(new PhrasePattern<Cue>(PhraseCompiler.Compile(plural, forms, surface), cue));
            }
        }
        foreach (var cue in shared)
            index.Add(new PhrasePattern<Cue>(PhraseCompiler.Compile(cue.Phrase, null, surface), cue));
        return index;
    }

    // Plain words only: prefixes ("sicherheits*"), exact forms ("=cfo") and wildcards are patterns, not words.
    // Seasons stay out: they are also names ("Summer Brook", "Jan Winter", "Eva Sommer").
    private static readonly FrozenSet<string> Seasons = new[]
    {
        "spring", "summer", "autumn", "fall", "winter", "printemps", "ete", "automne", "hiver", "fruhjahr", "sommer", "herbst",
        "primavera", "verano", "otono", "invierno", "estate", "autunno", "inverno", "verao", "outono", "voorjaar", "zomer", "najaar",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static FrozenSet<string> WordsOf(List<Cue> cues) =>
        cues.SelectMany(c => c.Phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(word => word.All(char.IsLetter))
            .Select(word => AccentFolding.Fold(word.ToLowerInvariant()))
            .Where(word => !Seasons.Contains(word))
            .ToFrozenSet(StringComparer.Ordinal);

    private static FrozenSet<string> RoleWordsOf(List<Cue> cues) =>
        cues.Where(c => c.Kind == CueKind.Role && !c.Phrase.Contains(' ', StringComparison.Ordinal))
            .Select(c => AccentFolding.Fold(c.Phrase.ToLowerInvariant()))
            .ToFrozenSet(StringComparer.Ordinal);

    private static Dictionary<string, List<Cue>> ReadCueFiles()
    {
        var byLanguage = new Dictionary<string, List<Cue>>(StringComparer.Ordinal);
        foreach (var (name, language) in ResourcesNamed("cues."))
        {
            var cues = byLanguage.TryGetValue(language, out var list) ? list : byLanguage[language] = [];
            foreach (var (line, fields, comment) in ReadResource(name))
            {
                if (fields.Length != 4 || !Enum.TryParse<CueKind>(fields[0].Replace("-", "", StringComparison.Ordinal), ignoreCase: true, out var kind))
                    throw new InvalidDataException($"{name}:{line}: expected 'kind<TAB>label<TAB>weight<TAB>phrase'.");
                var isIdiom = comment.StartsWith(IdiomMarker, StringComparison.Ordinal);
                cues.Add(new Cue(kind, fields[1], double.Parse(fields[2], CultureInfo.InvariantCulture), language, fields[3], isIdiom));
            }
        }

        return byLanguage;
    }

    private static bool IsAcronym(string alias) =>
        alias.Length >= 2 && alias.All(c => char.IsUpper(c) || char.IsDigit(c)) && alias.Any(char.IsLetter);

    // "AI Safety Institute": a name made only of the words any country's institute is described
    // with, every one capitalised; in lower case the same words describe a body. A name with a
    // country or a proper word in it ("UK's AI safety institute") names its body in any case.
    private static readonly FrozenSet<string> DescriptiveWords = new[]
    {
        "ai", "safety", "security", "institute", "institutes", "national", "centre", "center", "for", "of", "the", "evaluation", "office", "agency",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static bool IsProperName(string alias)
    {
        var words = alias.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 2 && words.All(w => char.IsUpper(w[0]) && DescriptiveWords.Contains(w));
    }

    private static PhraseIndex<GazetteerEntry> BuildGazetteer(TokenFormCache surface)
    {
        var index = new PhraseIndex<GazetteerEntry>();
        foreach (var (name, file) in ResourcesNamed("gazetteer."))
        {
            var kind = Enum.Parse<EntityKind>(file, ignoreCase: true);
            foreach (var (line, fields, _) in ReadResource(name))
            {
                if (fields.Length != 3)
                    throw new InvalidDataException($"{name}:{line}: expected 'scope-weight<TAB>is-ai<TAB>name | alias | ...'.");
                var names = fields[2].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                var entry = new GazetteerEntry(kind, names[0], double.Parse(fields[0], CultureInfo.InvariantCulture), fields[1] == "ai");
                foreach (var alias in names)
                    index.Add(new PhrasePattern<GazetteerEntry>(PhraseCompiler.Compile(alias, null, surface), entry with { IsAcronym = IsAcronym(alias), IsProperName = IsProperName(alias) }));
            }
        }

        return index;
    }

    private static readonly string[] NamePartKinds =
        ["given", "not-name", "particle", "institution", "institution-end", "company-noun", "person-job", "company-opening", "unit", "workplace", "naming", "renaming",
         .. SupportedLanguages.All.Select(language => $"hiring-{language}"), .. SupportedLanguages.All.Select(language => $"dismissal-{language}")];

    /// <summary>The folded words of each kind in names.tsv.</summary>
    private static FrozenDictionary<string, FrozenSet<string>> ReadNameParts()
    {
        var parts = NamePartKinds.ToDictionary(kind => kind, _ => new HashSet<string>(StringComparer.Ordinal), StringComparer.Ordinal);
        foreach (var (line, fields, _) in ReadResource(ResourcePrefix + "names.tsv"))
        {
            if (!parts.TryGetValue(fields[0], out var target))
                throw new InvalidDataException($"names.tsv:{line}: expected one of {string.Join(", ", NamePartKinds.Select(k => $"'{k}'"))}.");
            foreach (var word in fields.Skip(1).SelectMany(f => f.Split(' ', StringSplitOptions.RemoveEmptyEntries)))
                target.Add(AccentFolding.Fold(word.ToLowerInvariant()));
        }

        // The words that open or close an institution's or a company's name are no part of a person's name.
        parts["not-name"].UnionWith(parts["institution"]);
        parts["not-name"].UnionWith(parts["institution-end"]);
        parts["not-name"].UnionWith(parts["company-opening"]);
        return parts.ToFrozenDictionary(p => p.Key, p => p.Value.ToFrozenSet(StringComparer.Ordinal), StringComparer.Ordinal);
    }

    /// <summary>Resources "prefix.{suffix}.tsv" with their suffix: "cues.fr.tsv" → "fr".</summary>
    private static IEnumerable<(string Name, string Suffix)> ResourcesNamed(string prefix) =>
        typeof(KnowledgeBase).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix + prefix, StringComparison.Ordinal) && n.EndsWith(".tsv", StringComparison.Ordinal))
            .Select(n => (n, n[(ResourcePrefix.Length + prefix.Length)..^4]));

    private static List<TsvRow> ReadResource(string name)
    {
        using var stream = typeof(KnowledgeBase).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidDataException($"Missing embedded data file {name}.");
        using var reader = new StreamReader(stream);
        return [.. TsvRows.Read(reader)];
    }
}
