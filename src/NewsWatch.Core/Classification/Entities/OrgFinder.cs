using NewsWatch.Core.Classification.Knowledge;
using NewsWatch.Core.Classification.Text;

namespace NewsWatch.Core.Classification.Entities;

/// <summary>
/// Finds organisations the gazetteer does not know by how start-ups name themselves
/// (<see cref="StartupName"/>), also at the start of a sentence: "Orvalis AI dissolves ..." is
/// how headlines open, and the suffix says the capital is a name, not the headline's style.
/// Institutes and foundations open or close their name with what they are: "Instituto Taquari",
/// "Fondazione Vespero", "Marlow Centre"; so do some companies: "Grupo Almendral", "Officine Sanmarco".
/// Partnerships join two names with an ampersand: "Halvard &amp; Teague". A headline's two opening
/// words may be a company by what they do (<see cref="HeadlineSubjectPair"/>).
/// </summary>
internal static class OrgFinder
{
    // "Fondazione Bruno Kessler": a proper name after the institution word is one to three words.
    private const int MaxProperWords = 3;

    public static void Find(string text, List<TextToken> tokens, List<PhraseMatch<Cue>> cues, bool[] claimed, KnowledgeBase knowledge, string language, ProminenceMap prominence, EntityList orgs)
    {
        FindPartnerships(text, tokens, cues, claimed, knowledge, prominence, orgs);
        FindStartups(text, tokens, cues, claimed, knowledge, language, prominence, orgs);
        HeadlineSubjectPair.Find(text, tokens, cues, claimed, knowledge, prominence, orgs);
        if (!tokens.Exists(t => OpensAName(t, knowledge) || knowledge.InstitutionEnds.Contains(t.Forms.Surface)))
            return;
        // A title-case headline capitalises its verb too: "Kestrel Centre Dissolves ..." ends the name at the verb.
        var inEvent = new bool[tokens.Count];
        foreach (var cue in cues.Where(c => c.Value.Kind == CueKind.Event))
            Array.Fill(inEvent, true, cue.FirstToken, cue.TokenCount);
        FindInstitutions(text, tokens, claimed, inEvent, knowledge, prominence, orgs);
        FindInstitutionsByEnd(text, tokens, claimed, inEvent, knowledge, prominence, orgs);
    }

    private static void FindStartups(string text, List<TextToken> tokens, List<PhraseMatch<Cue>> cues, bool[] claimed, KnowledgeBase knowledge, string language, ProminenceMap prominence, EntityList orgs)
    {
        // Marked once, so a text full of such names stays linear.
        var inCue = new bool[tokens.Count];
        var oneWordChange = new bool[tokens.Count];
        var opensARole = new bool[tokens.Count];
        foreach (var cue in cues)
        {
            Array.Fill(inCue, true, cue.FirstToken, cue.TokenCount);
            oneWordChange[cue.FirstToken] |= cue.Value.Kind == CueKind.Event && cue.TokenCount == 1;
            opensARole[cue.FirstToken] |= cue.Value.Kind == CueKind.Role;
        }

        for (var i = 1; i < tokens.Count; i++)
        {
            var name = tokens[i - 1];
            // "Research Chief Quits AI Safety Team": in a title-case headline a word of change before "AI" is the verb.
            if (!StartupName.EndsAt(text, tokens, i, anyCompany: true) || claimed[i - 1]
                || knowledge.NotNames.Contains(name.Forms.Surface) || knowledge.GivenNames.Contains(name.Forms.Surface)
                || oneWordChange[i - 1] || IsJobAfterAPersonsName(text, tokens, opensARole, knowledge, i) || StartupName.IsSector(text, tokens, i))
                continue;
            var first = language == "en" ? NameStart(text, tokens, inCue, claimed, knowledge, i - 1) : i - 1;
            var end = StartupName.ExtendOverLegalForm(text, tokens, claimed, i + 1, takesACompanyWord: false);
            orgs.Add(text[tokens[first].Start..tokens[end - 1].End], prominence.At(first));
            Array.Fill(claimed, true, first, end - first);
        }
    }

    // "Names Ines (M.) Valdor Tech Lead": after a given name the word is a family name, and the
    // company word with the role after it ("Lead" in any language's headline) is the person's
    // job; "Sirocco AI chief scientist" has no given name.
    private static bool IsJobAfterAPersonsName(string text, List<TextToken> tokens, bool[] opensARole, KnowledgeBase knowledge, int suffix)
    {
        if (suffix + 1 >= tokens.Count || tokens[suffix + 1].Sentence != tokens[suffix].Sentence
            || !(opensARole[suffix + 1] || text.AsSpan(tokens[suffix + 1].Start, tokens[suffix + 1].Length).SequenceEqual("Lead")))
            return false;
        var before = suffix - 2;
        while (before >= 0 && tokens[before].Length == 1 && Tokenizer.IsInitial(text, tokens[before].Start))
            before--;
        return before >= 0 && tokens[before].Sentence == tokens[suffix].Sentence && knowledge.GivenNames.Contains(tokens[before].Forms.Surface);
    }

    // "Red Cedar Labs", "Orrin Bay Intelligence": in English, where only names are capitalised
    // inside a sentence, a coined name may take one more capitalised word before it, one space
    // apart in its sentence, that is no word of the language's lexicon, no company noun or job
    // ("Startup Cedar Labs"), no known given name and no cue ("Hires Cedar Labs' founder" in a
    // title-case headline). German capitalises its nouns ("Entwickler Kranich Systeme"), and Dutch
    // and German write places as adjectives ("Utrechtse"), so there the name stays one word.
    private static int NameStart(string text, List<TextToken> tokens, bool[] inCue, bool[] claimed, KnowledgeBase knowledge, int first)
    {
        var before = first - 1;
        if (before < 0 || claimed[before] || !tokens[before].IsCapitalised || tokens[before].Length < 2 || tokens[before].Sentence != tokens[first].Sentence
            || tokens[first].Start != tokens[before].End + 1 || text[tokens[before].End] != ' '
            || knowledge.NotNames.Contains(tokens[before].Forms.Surface) || knowledge.GivenNames.Contains(tokens[before].Forms.Surface)
            || knowledge.CompanyNouns.Contains(tokens[before].Forms.Surface) || knowledge.PersonJobs.Contains(tokens[before].Forms.Surface)
            || knowledge.LexiconWordsFor("en").Contains(tokens[before].Forms.Surface)
            || inCue[before])
            return first;
        return before;
    }

    // "Halvard & Teague", "Serrati & Bonomo": two capitalised names joined by an ampersand are a
    // firm, the way partnerships are named; two given names ("Tom & Jerry") are not.
    private static void FindPartnerships(string text, List<TextToken> tokens, List<PhraseMatch<Cue>> cues, bool[] claimed, KnowledgeBase knowledge, ProminenceMap prominence, EntityList orgs)
    {
        for (var i = 1; i < tokens.Count; i++)
        {
            var (left, right) = (tokens[i - 1], tokens[i]);
            if (left.Sentence != right.Sentence || text.AsSpan(left.End, right.Start - left.End) is not " & " || !IsPartnerName(left, claimed[i - 1], knowledge)
                || !IsPartnerName(right, claimed[i], knowledge) || IsQuoted(text, left.Start, right.End) || NamesATeam(cues, i - 1))
                continue;
            var end = StartupName.ExtendOverLegalForm(text, tokens, claimed, i + 1, takesACompanyWord: true);
            orgs.Add(text[left.Start..tokens[end - 1].End], prominence.At(i - 1));
            Array.Fill(claimed, true, i - 1, end - i + 1);
        }
    }

    // "renames its evaluation team Quality & Reliability": a name right after a team's word or a
    // renaming is the team's new name ("joins Harrow & Finch" is a firm's).
    private static bool NamesATeam(List<PhraseMatch<Cue>> cues, int first) =>
        cues.Exists(c => c.EndToken == first && (c.Value.Kind is CueKind.TeamNoun or CueKind.Scope or CueKind.ScopeIfAi || c.Value.Event == AlertEvent.Restructuring));

    // « ML & Society », „Qualität & Zuverlässigkeit“: a name in quotes is a team's or a product's.
    private static bool IsQuoted(string text, int start, int end)
    {
        var before = text.AsSpan(0, start).TrimEnd();
        var after = text.AsSpan(end).TrimStart();
        return (before.Length > 0 && QuoteMarks.All.Contains(before[^1])) || (after.Length > 0 && QuoteMarks.All.Contains(after[0]));
    }

    /// <summary>A capitalised word of two letters or more, unclaimed, that is neither a word that names nothing nor a known given name.</summary>
    internal static bool IsPartnerName(TextToken token, bool claimed, KnowledgeBase knowledge) =>
        token.IsCapitalised && !claimed && token.Length > 1 && !knowledge.NotNames.Contains(token.Forms.Surface) && !knowledge.GivenNames.Contains(token.Forms.Surface);

    private static void FindInstitutions(string text, List<TextToken> tokens, bool[] claimed, bool[] inEvent, KnowledgeBase knowledge, ProminenceMap prominence, EntityList orgs)
    {
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            // "Grupo" is also a team's noun, claimed as one: capitalised before a proper word it opens a company's name.
            var opensCompany = knowledge.CompanyOpenings.Contains(tokens[i].Forms.Surface);
            if (!tokens[i].IsCapitalised || (claimed[i] && !opensCompany) || !OpensAName(tokens[i], knowledge))
                continue;
            var end = i + 1;
            while (end < tokens.Count && end - i <= MaxProperWords && IsProperWord(text, tokens, claimed, inEvent, knowledge, end, end - 1))
                end++;
            if (end == i + 1)
                continue;
            orgs.Add(text[tokens[i].Start..tokens[end - 1].End], prominence.At(i));
            Array.Fill(claimed, true, i, end - i);
            i = end - 1;
        }
    }

    private static bool OpensAName(TextToken token, KnowledgeBase knowledge) =>
        knowledge.InstitutionWords.Contains(token.Forms.Surface) || knowledge.CompanyOpenings.Contains(token.Forms.Surface);

    // A capitalised word next to the institution word (or the name's other words), one space apart in
    // one sentence, that is no generic word ("Nacional", "AI"), no event ("Dissolves") and no given
    // name ("Institute Maria Lopez" is an institute, then a person).
    private static bool IsProperWord(string text, List<TextToken> tokens, bool[] claimed, bool[] inEvent, KnowledgeBase knowledge, int at, int neighbour)
    {
        var (left, right) = at < neighbour ? (tokens[at], tokens[neighbour]) : (tokens[neighbour], tokens[at]);
        var surface = tokens[at].Forms.Surface;
        return tokens[at].IsCapitalised && !claimed[at] && !inEvent[at] && left.Sentence == right.Sentence
            && right.Start == left.End + 1 && text[left.End] == ' '
            && !knowledge.NotNames.Contains(surface) && !knowledge.GivenNames.Contains(surface) && !char.IsDigit(text[tokens[at].Start]);
    }

    private static void FindInstitutionsByEnd(string text, List<TextToken> tokens, bool[] claimed, bool[] inEvent, KnowledgeBase knowledge, ProminenceMap prominence, EntityList orgs)
    {
        for (var end = 1; end < tokens.Count; end++)
        {
            if (!tokens[end].IsCapitalised || claimed[end] || !knowledge.InstitutionEnds.Contains(tokens[end].Forms.Surface))
                continue;
            var first = end;
            while (first > 0 && end - first < MaxProperWords && IsProperWord(text, tokens, claimed, inEvent, knowledge, first - 1, first))
                first--;
            if (first == end)
                continue;
            orgs.Add(text[tokens[first].Start..tokens[end].End], prominence.At(first));
            Array.Fill(claimed, true, first, end - first + 1);
        }
    }
}
