using NewsWatch.Core.Classification.Knowledge;
using NewsWatch.Core.Classification.Text;

namespace NewsWatch.Core.Classification.Entities;

/// <summary>
/// Finds one-word company names no list knows ("Brújula", "Kantwerk") where the sentence can
/// only mean a company: the subject of a headline's event verb ("Brújula dissout son équipe"),
/// an English possessive before a team or scope ("Tessary's red team"), or the place after
/// "chez" ("Chez Verglas, un ancien ..."). Anywhere else a lone capitalised word is as likely
/// a place, a product or the headline's style.
/// </summary>
internal static class CompanyWord
{
    private const int MinLength = 3;
    private const int PossessiveReach = 3;

    /// <param name="nounsAreCapitalised">German capitalises every noun, so a headline's first word says nothing there.</param>
    public static void Find(
        string text,
        List<TextToken> tokens,
        List<PhraseMatch<Cue>> cues,
        bool[] claimed,
        KnowledgeBase knowledge,
        bool nounsAreCapitalised,
        IReadOnlySet<string> roleWords,
        bool compoundsJobTitles,
        IReadOnlySet<string> languageWords,
        ProminenceMap prominence,
        EntityList orgs)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!IsCandidate(text, tokens, claimed, knowledge, i) || IsJobTitle(tokens[i].Forms.Surface, roleWords, compoundsJobTitles))
                continue;
            if ((!nounsAreCapitalised && IsHeadlineSubject(tokens, cues, languageWords, i)) || IsPossessiveOfTeam(text, tokens, cues, i) || FollowsChez(tokens, i))
                orgs.Add(text.Substring(tokens[i].Start, tokens[i].Length), prominence.At(i));
        }
    }

    private static bool IsCandidate(string text, List<TextToken> tokens, bool[] claimed, KnowledgeBase knowledge, int i)
    {
        var token = tokens[i];
        var surface = token.Forms.Surface;
        return token.IsCapitalised && !claimed[i] && token.Length >= MinLength && !char.IsDigit(text[token.Start])
            && !knowledge.NotNames.Contains(surface) && !knowledge.GivenNames.Contains(surface)
            && !knowledge.NameParticles.Contains(surface)
            && (i + 1 >= tokens.Count || !IsNameContinuation(text, tokens, i));
    }

    // "Hoofdwetenschapper vertrekt ...": a headline may open with the job title of who leaves; German
    // and Dutch write it as a compound, elsewhere a word ending in a title ("Arrowhead") is a name.
    private static bool IsJobTitle(string word, IReadOnlySet<string> roleWords, bool compounds) =>
        roleWords.Contains(word) || (compounds && roleWords.Any(role => word.Length > role.Length && word.EndsWith(role, StringComparison.Ordinal)));

    // "Nodo Austral", "Lumbre Labs": a capitalised word that goes on is part of a longer name.
    private static bool IsNameContinuation(string text, List<TextToken> tokens, int i) =>
        tokens[i + 1].IsCapitalised && tokens[i + 1].Sentence == tokens[i].Sentence && text[tokens[i].End] is ' ' or '-';

    // The title's first word, right before an event cue: "Brújula pierde ...", "Mandacaru fecha ...".
    // A word the language's own lexicon uses is the headline's style, not a name ("Meer rekenkracht ...").
    private static bool IsHeadlineSubject(List<TextToken> tokens, List<PhraseMatch<Cue>> cues, IReadOnlySet<string> languageWords, int i) =>
        i == 0 && tokens[i].InTitle && cues.Exists(c => c.Value.Kind == CueKind.Event && c.FirstToken == i + 1)
        && !languageWords.Contains(tokens[i].Forms.Surface);

    private static bool IsPossessiveOfTeam(string text, List<TextToken> tokens, List<PhraseMatch<Cue>> cues, int i)
    {
        var end = tokens[i].End;
        var possessive = end + 1 < text.Length && text[end] is '\'' or '’' && text[end + 1] == 's';
        return possessive && cues.Exists(c => c.Value.Kind is CueKind.TeamNoun or CueKind.Scope or CueKind.ScopeIfAi
            && c.FirstToken > i && c.FirstToken - i <= PossessiveReach + 1);
    }

    private static bool FollowsChez(List<TextToken> tokens, int i) => i > 0 && tokens[i - 1].Forms.Surface == "chez" && tokens[i - 1].Sentence == tokens[i].Sentence;
}
