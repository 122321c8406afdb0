using NewsWatch.Core.Classification.Knowledge;
using NewsWatch.Core.Classification.Text;

namespace NewsWatch.Core.Classification.Entities;

/// <summary>
/// Finds organisations no list knows by where a text places someone's work: the one to three
/// capitalised words right after "at", "bei", "bij", "chez" or "presso" that follow a job, a team
/// or an event ("the alignment team at Meridian Cortex", "Leiterin bei Meridian Cortex"), or
/// after a place written "-based" ("Toronto-based Meridian Cortex"). A name found so is that
/// organisation wherever the text repeats it, so a headline's "Meridian Cortex alignment chief
/// ..." is not taken for a person's name.
/// </summary>
internal static class WorkplaceFinder
{
    private const int MaxNameWords = 3;

    // "the alignment team at", "chief scientist at": what places someone's work ends just before the word.
    private const int ContextReach = 3;

    // A text names few workplaces; more would only be found again.
    private const int MaxWorkplaces = 4;

    private const string PlaceSuffix = "based";

    public static void Find(string text, List<TextToken> tokens, List<PhraseMatch<Cue>> cues, bool[] claimed, KnowledgeBase knowledge, string language, ProminenceMap prominence, EntityList orgs)
    {
        if (!tokens.Exists(t => knowledge.WorkplaceWords.Contains(t.Forms.Surface)))
            return;
        var found = new List<string[]>();
        for (var i = 0; i + 1 < tokens.Count && found.Count < MaxWorkplaces; i++)
        {
            if (!IsWorkplaceWord(text, tokens, cues, knowledge, i))
                continue;
            var end = i + 1;
            while (end < tokens.Count && end - i <= MaxNameWords && IsNameWord(text, tokens, claimed, cues, knowledge, language, end, end == i + 1))
                end++;
            if (end == i + 1)
                continue;
            orgs.Add(text[tokens[i + 1].Start..tokens[end - 1].End], prominence.At(i + 1));
            found.Add([.. Enumerable.Range(i + 1, end - i - 1).Select(t => tokens[t].Forms.Surface)]);
            i = end - 1;
        }

        foreach (var name in found)
            ClaimEveryMention(tokens, claimed, name);
    }

    // "Toronto-based" is a workplace word only written onto a place; the others only after a job, a team or an event.
    private static bool IsWorkplaceWord(string text, List<TextToken> tokens, List<PhraseMatch<Cue>> cues, KnowledgeBase knowledge, int i)
    {
        var surface = tokens[i].Forms.Surface;
        if (!knowledge.WorkplaceWords.Contains(surface) || tokens[i].IsCapitalised)
            return false;
        if (surface == PlaceSuffix)
            return i > 0 && tokens[i - 1].End + 1 == tokens[i].Start && text[tokens[i - 1].End] == '-' && tokens[i - 1].IsCapitalised;
        return cues.Exists(c => c.Value.Kind is CueKind.Role or CueKind.TeamNoun or CueKind.Scope or CueKind.ScopeIfAi or CueKind.Event
            && c.EndToken <= i && i - c.EndToken < ContextReach && tokens[c.FirstToken].Sentence == tokens[i].Sentence);
    }

    // A capitalised word of two letters or more, in the same sentence, one space after the last or
    // joined by " & " ("Hoorn & Spaarne"), that names no person ("at Jan Leike's side"), no place,
    // title or town ("bij het Amsterdamse ...") and is no title-case event word ("Leaves").
    private static bool IsNameWord(string text, List<TextToken> tokens, bool[] claimed, List<PhraseMatch<Cue>> cues, KnowledgeBase knowledge, string language, int at, bool first)
    {
        var token = tokens[at];
        var surface = token.Forms.Surface;
        var gap = text.AsSpan(tokens[at - 1].End, token.Start - tokens[at - 1].End);
        if (!token.IsCapitalised || claimed[at] || token.Length < 2 || token.Sentence != tokens[at - 1].Sentence || !(gap is " " || (!first && gap is " & ")))
            return false;
        if (knowledge.NotNames.Contains(surface) || char.IsDigit(text[token.Start]) || (first && knowledge.GivenNames.Contains(surface))
            || PersonFinder.IsDutchPlaceAdjective(token, knowledge, language))
            return false;
        return !cues.Exists(c => c.Value.Kind == CueKind.Event && c.FirstToken == at);
    }

    private static void ClaimEveryMention(List<TextToken> tokens, bool[] claimed, string[] name)
    {
        for (var i = 0; i + name.Length <= tokens.Count; i++)
        {
            var j = 0;
            while (j < name.Length && tokens[i + j].Forms.Surface == name[j])
                j++;
            if (j == name.Length)
                Array.Fill(claimed, true, i, name.Length);
        }
    }
}
