using NewsWatch.Core.Classification.Knowledge;
using NewsWatch.Core.Classification.Text;

namespace NewsWatch.Core.Classification.Entities;

/// <summary>
/// "Halcyon Reach breaks up its red team", "Cordoaria Norte funde as equipas ...", "Meridian Cortex
/// names Haruto Kameyama ...": two capitalised words opening a headline's sentence, not opening
/// with a given name, right before what only an organisation does to a team or a budget, or before
/// hiring someone it names, are the organisation. People leave and join; they rarely dissolve,
/// reorganise, fund or hire, or part with a job's holder ("Lumen Arcade trennt sich von Leiterin
/// ..."). They do found things ("Tamsin Okafor launches AI safety
/// nonprofit"), so a founding says so only when what is set up is a team or a committee
/// ("Borsari Conti lancia una squadra ...").
/// </summary>
internal static class HeadlineSubjectPair
{
    public static void Find(string text, List<TextToken> tokens, List<PhraseMatch<Cue>> cues, bool[] claimed, KnowledgeBase knowledge, ProminenceMap prominence, EntityList orgs)
    {
        var found = 0;
        for (var i = 0; i + 2 < tokens.Count && tokens[i + 1].InTitle && found < OrganisationMentions.MaxNamesPerFinder; i++)
        {
            // "Despedidos por e-mail: Sable Harbor acaba com ...": a headline's second clause opens a subject too.
            if ((i > 0 && tokens[i - 1].Sentence == tokens[i].Sentence && !CompanyWord.OpensAHeadlineClause(text, tokens, i)) || tokens[i + 1].Sentence != tokens[i].Sentence
                || text.AsSpan(tokens[i].End, tokens[i + 1].Start - tokens[i].End) is not " "
                || !IsPairWord(tokens[i], claimed[i], knowledge) || !OrgFinder.IsPartnerName(tokens[i + 1], claimed[i + 1], knowledge) || !ActsAsAnOrganisation(tokens, cues, knowledge, i + 2))
                continue;
            // "... joining Kestrel Fields as head of safety": the lede's mentions are the organisation too.
            OrganisationMentions.ClaimAndList(text, tokens, claimed, i, i + 2, prominence, orgs);
            found++;
        }
    }

    // "crée une cellule", "gründet Ethikbeirat", "creates external AI ethics board": a team's word within a few words of the founding.
    private const int TeamWordReach = 5;

    // German and Dutch write the team's word into a compound: "start eigen red-teamingafdeling".
    // A lab is founded by people too ("Aoife Brennan fonde un laboratoire ..."): a team word that is also a company's is none.
    private static bool SetsUpATeam(List<TextToken> tokens, List<PhraseMatch<Cue>> cues, KnowledgeBase knowledge, PhraseMatch<Cue> founding) =>
        cues.Exists(c => c.Value.Kind == CueKind.TeamNoun && c.FirstToken >= founding.EndToken && c.FirstToken < founding.EndToken + TeamWordReach
            && !knowledge.CompanyNouns.Contains(tokens[c.FirstToken].Forms.Surface))
        || Enumerable.Range(founding.EndToken, TeamWordReach).Any(t => t < tokens.Count && tokens[t].Sentence == tokens[founding.FirstToken].Sentence && TeamFinder.IsTeamCompound(tokens[t].Forms.Surface));

    // Hiring names whom, by a given name within a word or two of the verb ("names Haruto Kameyama",
    // "taps cryptographer Jane Roe"); one who joins names where ("rejoint Vantrell").
    private const int HiredNameReach = 2;

    private static bool ActsAsAnOrganisation(List<TextToken> tokens, List<PhraseMatch<Cue>> cues, KnowledgeBase knowledge, int at)
    {
        foreach (var cue in cues.Where(c => c.FirstToken == at && c.Value.Kind == CueKind.Event))
        {
            if (cue.Value.Event is AlertEvent.Dissolution or AlertEvent.Restructuring or AlertEvent.Resources)
                return true;
            if (cue.Value.Event == AlertEvent.Formation && SetsUpATeam(tokens, cues, knowledge, cue))
                return true;
            if (cue.Value.Event == AlertEvent.Arrival && Enumerable.Range(cue.EndToken, HiredNameReach).Any(t => t < tokens.Count && tokens[t].InTitle && IsGivenName(tokens[t], knowledge)))
                return true;
            // "trennt sich von Leiterin ...", "fires its ethics chief": parting with someone it employed.
            if (cue.Value.Event == AlertEvent.Departure && knowledge.DismissalVerbsFor(cue.Value.Language).Contains(tokens[cue.FirstToken].Forms.Surface))
                return true;
        }

        return false;
    }

    private static bool IsGivenName(TextToken token, KnowledgeBase knowledge) =>
        token.IsCapitalised && (knowledge.GivenNames.Contains(token.Forms.Surface) || knowledge.WorldGivenNames.Contains(token.Forms.Surface));

    // A person's name opens with a given name; any word may close it, and family names are often
    // given names elsewhere ("Sorel Martin", "Lumen Arcade"), so only the first word is checked
    // against the names of every locale.
    private static bool IsPairWord(TextToken token, bool claimed, KnowledgeBase knowledge) =>
        OrgFinder.IsPartnerName(token, claimed, knowledge) && !knowledge.WorldGivenNames.Contains(token.Forms.Surface);
}
