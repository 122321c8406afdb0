using NewsWatch.Core.Classification.Knowledge;
using NewsWatch.Core.Classification.Text;

namespace NewsWatch.Core.Classification.Entities;

/// <summary>Lists the organisations, people and teams an item names: gazetteer hits first, then names found from context.</summary>
internal static class EntityExtractor
{
    // A known safety body or person (scope weight from 0.5) is what the item is about wherever it is named.
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
        var orgs = new EntityList(preferTitle: true);
        var people = new EntityList(preferTitle: true);
        var teams = new EntityList(preferTitle: false);
        var claimed = new bool[tokens.Count];
        foreach (var match in known)
        {
            var list = match.Value.Kind switch
            {
                EntityKind.Org => orgs,
                EntityKind.Person => people,
                _ => teams,
            };
            list.Add(match.Value.Name, tokens[match.FirstToken].InTitle || match.Value.ScopeWeight >= SalientScope);
            Array.Fill(claimed, true, match.FirstToken, match.TokenCount);
        }

        foreach (var scope in cues.Where(c => c.Value.Kind is CueKind.Scope or CueKind.Role or CueKind.TeamNoun))
            Array.Fill(claimed, true, scope.FirstToken, scope.TokenCount);

        OrgFinder.Find(text, tokens, claimed, knowledge, orgs);
        TeamFinder.Find(text, tokens, cues, known.Exists(m => m.Value.Kind == EntityKind.Team), teams);
        // German capitalises every noun, so a capitalised pair there says little about a name.
        PersonFinder.Find(text, tokens, cues, claimed, knowledge, nounsAreCapitalised: language == "de", people);
        return new ExtractedEntities(orgs.Names, people.Names, teams.Names);
    }
}
