using NewsWatch.Core.Classification.Knowledge;
using NewsWatch.Core.Classification.Text;

namespace NewsWatch.Core.Classification.Entities;

/// <summary>
/// Finds organisations no list knows by where a text places someone's work: the one to three
/// capitalised words right after "at", "bei", "bij", "chez" or "presso" that follow a job or a
/// team ("the alignment team at Quarrender Cortex", "Leiterin bei Quarrender Cortex"; in Dutch also
/// a move, "vertrekt bij ..."), or after a place written "-based" ("Toronto-based Quarrender
/// Cortex"). German capitalises every noun ("bei Gesprächen"), so there a name of one word is
/// none. A name found so is that organisation wherever the text repeats it on its own, so a
/// headline's "Quarrender Cortex alignment chief ..." is not taken for a person's name.
/// </summary>
internal static class WorkplaceFinder
{
    private const int MaxNameWords = 3;

    // A text names few workplaces; more would only be found again.
    private const int MaxWorkplaces = 4;

    private const string PlaceSuffix = "based";

    public static void Find(string text, List<TextToken> tokens, List<PhraseMatch<Cue>> cues, bool[] claimed, KnowledgeBase knowledge, string language, ProminenceMap prominence, EntityList orgs)
    {
        if (!tokens.Exists(t => knowledge.WorkplaceWords.Contains(t.Forms.Surface)))
            return;
        var found = new List<string[]>();
        var (placesWork, events) = Marks(tokens, cues, language);
        for (var i = 0; i + 1 < tokens.Count && found.Count < MaxWorkplaces; i++)
        {
            if (!IsWorkplaceWord(text, tokens, placesWork, knowledge, i))
                continue;
            var end = i + 1;
            while (end < tokens.Count && end - i <= MaxNameWords && IsNameWord(text, tokens, claimed, events, knowledge, language, end, end == i + 1))
                end++;
            if (end == i + 1 || (language == "de" && end == i + 2))
                continue;
            orgs.Add(text[tokens[i + 1].Start..tokens[end - 1].End], prominence.At(i + 1));
            found.Add([.. Enumerable.Range(i + 1, end - i - 1).Select(t => tokens[t].Forms.Surface)]);
            i = end - 1;
        }

        foreach (var name in found)
            ClaimEveryMention(text, tokens, claimed, name);
    }

    // Which tokens end a job, a team or its work (and in Dutch a move: "vertrekt bij ..."), and which
    // begin an event, in one pass over the cues: looking them up per word would be quadratic.
    private static (bool[] PlacesWork, bool[] Events) Marks(List<TextToken> tokens, List<PhraseMatch<Cue>> cues, string language)
    {
        var placesWork = new bool[tokens.Count];
        var events = new bool[tokens.Count];
        foreach (var cue in cues)
        {
            if (cue.Value.Kind is CueKind.Role or CueKind.TeamNoun or CueKind.Scope or CueKind.ScopeIfAi || (language == "nl" && cue.Value.Kind == CueKind.Event))
                placesWork[cue.EndToken - 1] = true;
            if (cue.Value.Kind == CueKind.Event)
                events[cue.FirstToken] = true;
        }

        return (placesWork, events);
    }

    // "Toronto-based" is a workplace word only written onto a place; the others only right after a job or a team.
    private static bool IsWorkplaceWord(string text, List<TextToken> tokens, bool[] placesWork, KnowledgeBase knowledge, int i)
    {
        var surface = tokens[i].Forms.Surface;
        if (!knowledge.WorkplaceWords.Contains(surface) || tokens[i].IsCapitalised)
            return false;
        if (surface == PlaceSuffix)
            return i > 0 && tokens[i - 1].End + 1 == tokens[i].Start && text[tokens[i - 1].End] == '-' && tokens[i - 1].IsCapitalised;
        // "the alignment team at", "chief scientist at": right before the word ("resigned at Christmas" is a time).
        return i > 0 && placesWork[i - 1] && tokens[i - 1].Sentence == tokens[i].Sentence;
    }

    // A capitalised word of two letters or more, in the same sentence, one space after the last or
    // joined by " & " ("Hoorn & Spaarne"), that names no person ("at Jan Leike's side"), no place,
    // title or town ("bij het Amsterdamse ...") and is no title-case event word ("Leaves").
    private static bool IsNameWord(string text, List<TextToken> tokens, bool[] claimed, bool[] events, KnowledgeBase knowledge, string language, int at, bool first)
    {
        var token = tokens[at];
        var surface = token.Forms.Surface;
        var gap = text.AsSpan(tokens[at - 1].End, token.Start - tokens[at - 1].End);
        if (!token.IsCapitalised || claimed[at] || token.Length < 2 || token.Sentence != tokens[at - 1].Sentence || !(gap is " " || (!first && gap is " & ")))
            return false;
        if (knowledge.NotNames.Contains(surface) || char.IsDigit(text[token.Start]) || (first && knowledge.GivenNames.Contains(surface))
            || PersonFinder.IsDutchPlaceAdjective(token, knowledge, language))
            return false;
        return !events[at];
    }

    // Only where the name stands on its own: "Zorbek Wielgosz" is a person though "Wielgosz's start-up" is a company.
    private static void ClaimEveryMention(string text, List<TextToken> tokens, bool[] claimed, string[] name)
    {
        for (var i = 0; i + name.Length <= tokens.Count; i++)
        {
            var j = 0;
            while (j < name.Length && tokens[i + j].Forms.Surface == name[j])
                j++;
            if (j == name.Length && !JoinsACapitalisedWord(text, tokens, i - 1, i) && !JoinsACapitalisedWord(text, tokens, i + name.Length - 1, i + name.Length))
                Array.Fill(claimed, true, i, name.Length);
        }
    }

    private static bool JoinsACapitalisedWord(string text, List<TextToken> tokens, int left, int right) =>
        left >= 0 && right < tokens.Count && tokens[left].Sentence == tokens[right].Sentence
        && text.AsSpan(tokens[left].End, tokens[right].Start - tokens[left].End) is " " or "-"
        && tokens[left].IsCapitalised && tokens[right].IsCapitalised;
}
