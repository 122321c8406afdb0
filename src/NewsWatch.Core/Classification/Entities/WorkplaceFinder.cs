using NewsWatch.Core.Classification.Knowledge;
using NewsWatch.Core.Classification.Text;

namespace NewsWatch.Core.Classification.Entities;

/// <summary>
/// Finds organisations no list knows by where a text places someone's work: the one to three
/// capitalised words right after "at", "bei", "bij", "chez" or "presso" that follow a job or a
/// team ("the alignment team at Quarrender Cortex", "Leiterin bei Quarrender Cortex"; in Dutch also
/// a move, "vertrekt bij ..."), or after a place written "-based" ("Toronto-based Quarrender
/// Cortex"). German capitalises every noun ("bei Gesprächen"), so there a name of one word is
/// none. A name found so is that organisation wherever the text repeats it on its own (see
/// <see cref="OrganisationMentions"/>), so a headline's "Quarrender Cortex alignment chief ..." is
/// not taken for a person's name.
/// </summary>
internal static class WorkplaceFinder
{
    private const int MaxNameWords = 3;

    // A text names few workplaces; more would only be found again.
    private const int MaxWorkplaces = 4;

    private const string PlaceSuffix = "based";

    // A verb that says someone left or joined for certain ("deixa", "joins"), not a hint ("geht").
    private const double MoveVerbWeight = 0.9;

    // "la jefa de alineación de Merrowgate", "il team di etica di Verbena": French, Spanish, Italian
    // and Portuguese say whose a job or a team is with "of", where English says "at" or writes "X's".
    private static readonly HashSet<string> RomanceOf = new(StringComparer.Ordinal) { "de", "d", "du", "des", "di", "del", "della", "dello", "dell", "da", "do", "dos", "das" };

    // "du red teaming d'Ellison Hart", "il team dell'Orsa Labs": "of" written onto the name.
    private static readonly HashSet<string> Elided = new(StringComparer.Ordinal) { "d", "dell" };

    public static void Find(string text, List<TextToken> tokens, List<PhraseMatch<Cue>> cues, bool[] claimed, KnowledgeBase knowledge, string language, ProminenceMap prominence, EntityList orgs)
    {
        var romance = language is "fr" or "es" or "it" or "pt";
        if (!tokens.Exists(t => knowledge.WorkplaceWords.Contains(t.Forms.Surface) || knowledge.CompanyNouns.Contains(t.Forms.Surface) || (romance && RomanceOf.Contains(t.Forms.Surface))))
            return;
        var found = new List<(int First, int End)>();
        var ordinary = knowledge.LexiconWordsFor(language);
        var (placesWork, events) = Marks(tokens, cues, language);
        for (var i = 0; i + 1 < tokens.Count && found.Count < MaxWorkplaces; i++)
        {
            if (!IsWorkplaceWord(text, tokens, placesWork, knowledge, language, romance, i) || (IsRomanceOf(knowledge, romance, tokens[i]) && IsOrdinaryTitleWord(tokens, ordinary, i + 1)))
                continue;
            var end = i + 1;
            while (end < tokens.Count && end - i <= MaxNameWords && IsNameWord(text, tokens, claimed, events, knowledge, language, end, end == i + 1))
                end++;
            if (end == i + 1 || (language == "de" && end == i + 2) || (IsCompanyNounBefore(tokens, knowledge, language, i) && end == i + 2))
                continue;
            found.Add((i + 1, end));
            i = end - 1;
        }

        if (found.Count < MaxWorkplaces && LeftOrJoinedInTheHeadline(text, tokens, cues, claimed, events, knowledge, language) is { } left)
            found.Add(left);

        found.AddRange(LeftOrJoinedInTheLede(text, tokens, cues, claimed, events, knowledge, language).Take(MaxWorkplaces - found.Count));
        foreach (var (first, end) in found)
            OrganisationMentions.ClaimAndList(text, tokens, claimed, first, end, prominence, orgs);
    }

    // "Rosalind Winter-Achebe, who quit Meridian Loom two weeks ago, ...", "Ana Gil deixa a Orvanne
    // Systems e ...": in the lede, the two or three capitalised words a verb of leaving or joining
    // takes, after someone named before it in the sentence, are where that person worked or works.
    // German capitalises its nouns ("verlässt Ende Mai ...") and is left out.
    private static IEnumerable<(int First, int End)> LeftOrJoinedInTheLede(
        string text, List<TextToken> tokens, List<PhraseMatch<Cue>> cues, bool[] claimed, bool[] events, KnowledgeBase knowledge, string language)
    {
        if (language == "de")
            yield break;
        foreach (var move in cues)
        {
            var verb = tokens[move.FirstToken];
            if (verb.InTitle || verb.InArticle || move.Value.Event is not (AlertEvent.Departure or AlertEvent.Arrival) || move.Value.Weight < MoveVerbWeight || move.Value.HasGap
                || !NamesSomeoneBefore(tokens, knowledge, move.FirstToken))
                continue;
            var first = move.EndToken;
            if (first < tokens.Count && !tokens[first].IsCapitalised && knowledge.NotNames.Contains(tokens[first].Forms.Surface))
                first++;
            if (first >= tokens.Count || tokens[first].Sentence != verb.Sentence || !IsNameGapAfter(text, tokens, first))
                continue;
            var end = first;
            while (end < tokens.Count && end - first < MaxNameWords && IsNameWord(text, tokens, claimed, events, knowledge, language, end, first: end == first))
                end++;
            if (end - first >= 2 && (end == tokens.Count || !tokens[end].IsCapitalised))
                yield return (first, end);
        }
    }

    private static bool IsNameGapAfter(string text, List<TextToken> tokens, int at) =>
        at > 0 && text.AsSpan(tokens[at - 1].End, tokens[at].Start - tokens[at - 1].End) is " ";

    // A given name opening two capitalised words earlier in the verb's sentence, within a clause's
    // reach: a sentence of thousands of words costs no more per verb.
    private const int SubjectReach = 24;

    private static bool NamesSomeoneBefore(List<TextToken> tokens, KnowledgeBase knowledge, int verb)
    {
        for (var t = verb - 1; t > 0 && verb - t <= SubjectReach && tokens[t].Sentence == tokens[verb].Sentence; t--)
        {
            var word = tokens[t - 1].Forms.Surface;
            if (tokens[t - 1].Sentence == tokens[t].Sentence && tokens[t - 1].IsCapitalised && tokens[t].IsCapitalised
                && (knowledge.GivenNames.Contains(word) || knowledge.WorldGivenNames.Contains(word)))
                return true;
        }

        return false;
    }

    // "Pesquisadora Venkataraman deixa a Meridian Cortex", "La responsable quitte Orvanne Systems":
    // when a person (a job, or a given name opening a name) leaves or joins in the headline, the
    // capitalised words its verb takes, closing the headline, are where that person works. One
    // word alone is left to CompanyWord, which knows more of the headline's words.
    private static (int First, int End)? LeftOrJoinedInTheHeadline(
        string text, List<TextToken> tokens, List<PhraseMatch<Cue>> cues, bool[] claimed, bool[] events, KnowledgeBase knowledge, string language)
    {
        foreach (var move in cues)
        {
            if (!tokens[move.FirstToken].InTitle || move.Value.Event is not (AlertEvent.Departure or AlertEvent.Arrival) || move.Value.Weight < MoveVerbWeight || move.Value.HasGap)
                continue;
            var first = move.EndToken;
            if (first < tokens.Count && tokens[first].InTitle && !tokens[first].IsCapitalised && knowledge.NotNames.Contains(tokens[first].Forms.Surface))
                first++;
            var end = first;
            while (end < tokens.Count && tokens[end].InTitle && end - first < MaxNameWords && (end == first || IsNameWord(text, tokens, claimed, events, knowledge, language, end, first: false))
                && tokens[end].IsCapitalised && !claimed[end] && !knowledge.NotNames.Contains(tokens[end].Forms.Surface))
                end++;
            if (end - first >= 2 && (end == tokens.Count || !tokens[end].InTitle) && CompanyWord.HasPersonBefore(tokens, cues, knowledge, move.FirstToken))
                return (first, end);
        }

        return null;
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

    private static bool IsRomanceOf(KnowledgeBase knowledge, bool romance, TextToken token) =>
        romance && RomanceOf.Contains(token.Forms.Surface) && !knowledge.WorkplaceWords.Contains(token.Forms.Surface);

    // "la Unidad de Evaluación", "el equipo de Preparación ante Riesgos": after "de", a capitalised
    // word of the language's own lexicon is a unit's or a ministry's title, not a company.
    private static bool IsOrdinaryTitleWord(List<TextToken> tokens, System.Collections.Frozen.FrozenSet<string> ordinary, int at) =>
        at < tokens.Count && ordinary.Contains(tokens[at].Forms.Surface);

    // "chatbot maker Lumen Arcade", "la empresa Sable Harbor": a name of two words or more right
    // after what the text calls a company is that company (one word is left to CompanyWord). German
    // capitalises the noun ("KI-Entwickler Kaskade Systems"). A name opening with a given name of
    // any locale, or after a noun that also says what a person does ("open-source developer
    // Siobhan Keane"), may be a person's.
    private static bool IsCompanyNounBefore(List<TextToken> tokens, KnowledgeBase knowledge, string language, int i) =>
        knowledge.CompanyNouns.Contains(tokens[i].Forms.Surface) && !knowledge.PersonJobs.Contains(tokens[i].Forms.Surface)
        && (language == "de" || !tokens[i].IsCapitalised) && tokens[i + 1].Sentence == tokens[i].Sentence
        && !knowledge.WorldGivenNames.Contains(tokens[i + 1].Forms.Surface);

    // "Toronto-based" is a workplace word only written onto a place; the others only right after a job or a team.
    private static bool IsWorkplaceWord(string text, List<TextToken> tokens, bool[] placesWork, KnowledgeBase knowledge, string language, bool romance, int i)
    {
        if (IsCompanyNounBefore(tokens, knowledge, language, i))
            return true;
        var surface = tokens[i].Forms.Surface;
        if (!(knowledge.WorkplaceWords.Contains(surface) || (romance && RomanceOf.Contains(surface))) || tokens[i].IsCapitalised)
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
        if (!token.IsCapitalised || claimed[at] || token.Length < 2 || token.Sentence != tokens[at - 1].Sentence
            || !(gap is " " || (!first && gap is " & ") || (first && gap is "'" or "’" && Elided.Contains(tokens[at - 1].Forms.Surface))))
            return false;
        if (knowledge.NotNames.Contains(surface) || char.IsDigit(text[token.Start]) || (first && knowledge.GivenNames.Contains(surface))
            || PersonFinder.IsDutchPlaceAdjective(token, knowledge, language))
            return false;
        return !events[at];
    }
}
