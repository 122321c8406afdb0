using NewsWatch.Core.Classification.Knowledge;
using NewsWatch.Core.Classification.Text;

namespace NewsWatch.Core.Classification.Entities;

/// <summary>Lists the organisations, people and teams an item names: gazetteer hits first, then names found from context.</summary>
internal static class EntityExtractor
{
    // A known safety body or person (scope weight from 0.5) is what the item is about wherever
    // the story names it, unless the article only mentions it aside.
    private const double SalientScope = 0.5;

    public static ExtractedEntities Extract(
        string text,
        List<TextToken> tokens,
        List<PhraseMatch<Cue>> cues,
        List<PhraseMatch<GazetteerEntry>> known,
        KnowledgeBase knowledge,
        string language)
    {
        // Teams are often named only in the summary ("...the researcher, who led the X team"),
        // while summary-only organisations and people are mostly bystanders.
        var orgs = new EntityList(keepMostProminent: true);
        var people = new EntityList(keepMostProminent: true);
        var teams = new EntityList(keepMostProminent: false);
        var prominence = new ProminenceMap(tokens, cues);
        var claimed = new bool[tokens.Count];
        var knownNameWords = new bool[tokens.Count];
        var changeOrJobWords = new bool[tokens.Count];
        foreach (var cue in cues.Where(c => c.Value.Kind is CueKind.Event or CueKind.Role))
            Array.Fill(changeOrJobWords, true, cue.FirstToken, cue.TokenCount);
        foreach (var match in known)
        {
            if (match.Value.Kind == EntityKind.Org && InstitutionNameFinder.IsInALongerName(text, tokens, changeOrJobWords, knowledge, match))
                continue;
            var list = match.Value.Kind switch
            {
                EntityKind.Org => orgs,
                EntityKind.Person => people,
                _ => teams,
            };
            var at = prominence.At(match.FirstToken);
            list.Add(match.Value.Name, match.Value.ScopeWeight >= SalientScope && at < Prominence.Aside ? Prominence.Title : at, isCanonical: true);
            Array.Fill(claimed, true, match.FirstToken, match.TokenCount);
            Array.Fill(knownNameWords, true, match.FirstToken, match.TokenCount);
        }

        foreach (var scope in cues.Where(c => c.Value.Kind is CueKind.Scope or CueKind.Role or CueKind.TeamNoun))
            Array.Fill(claimed, true, scope.FirstToken, scope.TokenCount);

        InstitutionNameFinder.Find(text, tokens, cues, claimed, knownNameWords, knowledge, language, prominence, orgs);
        OrgFinder.Find(text, tokens, cues, claimed, knowledge, language, prominence, orgs);
        HiringSubject.Find(text, tokens, claimed, knowledge, language, prominence, orgs);
        AppositionName.Find(text, tokens, claimed, knowledge, language, prominence, orgs);
        WorkplaceFinder.Find(text, tokens, cues, claimed, knowledge, language, prominence, orgs);
        CompanyWord.Find(text, tokens, cues, claimed, knowledge, nounsAreCapitalised: language == "de", knowledge.RoleWordsFor(language), compoundsJobTitles: language is "de" or "nl", knowledge.LexiconWordsFor(language), prominence, orgs);
        var foundKinds = new Dictionary<string, string>(StringComparer.Ordinal);
        var described = new Dictionary<string, string>(StringComparer.Ordinal);
        TeamFinder.Find(text, tokens, cues, known.Exists(m => m.Value.Kind == EntityKind.Team), capitalisesNamesOnly: language is "fr" or "es" or "it" or "pt" or "nl", prominence, teams, foundKinds, described);
        UnitNameFinder.Find(text, tokens, cues, knowledge.UnitWords, language, prominence, teams, foundKinds);
        QuotedTeamFinder.Find(text, tokens, cues, knowledge.NamingWords, knowledge.RenamingWords, prominence, teams, foundKinds);
        RoleFields.Find(text, tokens, cues, described);
        // German capitalises every noun, so a capitalised pair there says little about a name.
        var withPeople = new bool[tokens.Count == 0 ? 1 : tokens[^1].Sentence + 1];
        foreach (var match in known.Where(m => m.Value.Kind == EntityKind.Person))
            withPeople[tokens[match.FirstToken].Sentence] = true;
        foreach (var role in cues.Where(c => c.Value.Kind == CueKind.Role))
            withPeople[tokens[role.FirstToken].Sentence] = true;
        if (language is "de" or "nl")
            MarkRoleCompounds(tokens, knowledge.RoleWordsFor(language), withPeople, claimed);
        PersonFinder.Find(text, tokens, cues, claimed, knowledge, nounsAreCapitalised: language == "de", prominence, people, withPeople, language);
        // "Adeyinka quits ..." over "Folami Adeyinka, the former ...": a headline's first word that the
        // text gives only as someone's family name is that person, not a company ("Start-up Quenby",
        // founded by Ada Quenby, is named as a company too).
        if (tokens.Count > 0 && tokens[0].InTitle)
        {
            var familyNames = people.Names.Select(name => NameKey.Of(name).Trim().Split(' ')[^1]).ToHashSet(StringComparer.Ordinal);
            var opener = tokens[0].Forms.Surface;
            if (familyNames.Contains(opener) && IsOnlyAFamilyName(tokens, opener))
            {
                orgs.RemoveFound(folded => folded.Trim() == opener);
                // The headline's verb of leaving or joining is then about a named person.
                withPeople[tokens[0].Sentence] = true;
            }
        }
        var teamNames = teams.Names;
        var knownKinds = KnownTeamKinds(known, cues);
        var kinds = KindsOf(teamNames.Where(t => !knownKinds.ContainsKey(t)), foundKinds);
        var knownNames = known.Where(m => m.Value.Kind == EntityKind.Team).Select(m => m.Value.Name).ToHashSet(StringComparer.Ordinal);
        var knownTeams = teamNames.Where(knownNames.Contains).ToList();
        foreach (var team in knownTeams)
        {
            if (knownKinds.TryGetValue(team, out var kind))
                kinds[team] = kind;
        }

        // A team only described ("a group to test its models") is not listed, but its work still files the story.
        foreach (var (description, kind) in described)
            kinds.TryAdd(description, kind);
        return new ExtractedEntities(orgs.Names, people.Names, teamNames, kinds, knownTeams, withPeople);
    }

    // Every mention of the word past the headline's first follows a capitalised word, as a family name does.
    private static bool IsOnlyAFamilyName(List<TextToken> tokens, string word)
    {
        for (var i = 1; i < tokens.Count; i++)
        {
            if (tokens[i].Forms.Surface == word && !(tokens[i - 1].IsCapitalised && tokens[i - 1].Sentence == tokens[i].Sentence))
                return false;
        }

        return true;
    }

    // "AI Ethics Board", "Superalignment": a known team's name says what work it does too, which
    // another outlet may name only by that work ("son comité d'éthique").
    private static Dictionary<string, string> KnownTeamKinds(List<PhraseMatch<GazetteerEntry>> known, List<PhraseMatch<Cue>> cues)
    {
        var kinds = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var team in known.Where(m => m.Value.Kind == EntityKind.Team))
        {
            // One mention says the team's work; looking again at every mention would be quadratic in a long text.
            if (kinds.ContainsKey(team.Value.Name))
                continue;
            var end = team.FirstToken + team.TokenCount;
            var scope = cues.Find(c => c.Value.Kind is CueKind.Scope or CueKind.ScopeIfAi && c.FirstToken < end && c.EndToken > team.FirstToken);
            if (scope.Value is not null)
                kinds.TryAdd(team.Value.Name, TeamKind.Of(scope.Value.Label));
        }

        return kinds;
    }

    // A found team may be listed by a longer spelling of the name it was found by; one the gazetteer
    // knows is listed by its own name, which says more than a kind.
    private static Dictionary<string, string> KindsOf(IEnumerable<string> teams, Dictionary<string, string> foundKinds)
    {
        var kinds = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var team in teams)
        {
            var folded = NameKey.Of(team);
            foreach (var (found, kind) in foundKinds)
            {
                if (NameKey.IsSameName(folded, found))
                {
                    kinds[team] = kind;
                    break;
                }
            }
        }

        return kinds;
    }

    // "Sicherheitsforscherin", "alignmentonderzoeker": a compound ending in a job title names a
    // person in its sentence, and is no part of a name ("Veiligheidschef Dreefhof stapt op" names
    // a role and a company).
    private const int MinCompoundHead = 4;

    private static void MarkRoleCompounds(List<TextToken> tokens, IReadOnlySet<string> roleWords, bool[] withPeople, bool[] claimed)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var word = tokens[i].Forms.Surface;
            if (!roleWords.Any(role => word.Length >= role.Length + MinCompoundHead && word.EndsWith(role, StringComparison.Ordinal)))
                continue;
            withPeople[tokens[i].Sentence] = true;
            claimed[i] = true;
        }
    }
}
