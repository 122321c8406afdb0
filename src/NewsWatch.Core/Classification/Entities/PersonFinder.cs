using System.Collections.Frozen;
using NewsWatch.Core.Classification.Knowledge;
using NewsWatch.Core.Classification.Text;

namespace NewsWatch.Core.Classification.Entities;

/// <summary>
/// Finds people the gazetteer does not know: a run of two to five capitalised words (name
/// particles such as "van" or "de" allowed inside) that starts with a known given name, or
/// stands within a few words of a job title or an event verb in the same part of the text.
/// </summary>
internal static class PersonFinder
{
    private const int MaxNameWords = 5;
    private const int ContextReach = 3;

    // Only English headlines are written in title case.
    private const string TitleCaseLanguage = "en";
    private const double TitleCaseShare = 0.7;
    private const int MinOrdinaryCapitalised = 2;
    private const int ShortWord = 3;

    // "JD Vance": two capitals are initials.
    private const int MaxInitials = 2;

    public static void Find(
        string text,
        List<TextToken> tokens,
        List<PhraseMatch<Cue>> cues,
        bool[] claimed,
        KnowledgeBase knowledge,
        bool nounsAreCapitalised,
        ProminenceMap prominence,
        EntityList people,
        bool[] sentencesWithPeople,
        string language)
    {
        // A title-case headline capitalises its verb too: "Maria Lopez Joins ..." ends the name at the verb.
        var taken = (bool[])claimed.Clone();
        foreach (var cue in cues.Where(c => c.Value.Kind == CueKind.Event))
            Array.Fill(taken, true, cue.FirstToken, cue.TokenCount);
        var ordinary = knowledge.LexiconWordsFor(language);
        var titleCase = language == TitleCaseLanguage && IsTitleCase(tokens, ordinary);
        // The lede's subject first: it is whom the report is about, before anyone named after it.
        FindLedeSubject(text, tokens, cues, taken, knowledge, ordinary, prominence, people, sentencesWithPeople);
        FindTitledFamilyNames(text, tokens, cues, taken, knowledge, ordinary, prominence, people, sentencesWithPeople);
        var i = 0;
        while (i < tokens.Count)
        {
            var end = RunEnd(text, tokens, taken, knowledge, i, nounsAreCapitalised);
            var opening = SkipLeadingWords(tokens, knowledge, i, end);
            var first = SkipLeadingInitial(tokens, opening, end);
            // "safety chief P. Venkataraman resigns": an initial says the word after it is someone's family name.
            if (first > opening && end - first == 1 && tokens[first].Length > ShortWord && !knowledge.GivenNames.Contains(tokens[first].Forms.Surface))
            {
                people.Add(text[tokens[first].Start..EndOfName(text, tokens[first])], prominence.At(first));
                sentencesWithPeople[tokens[first].Sentence] = true;
                i = Math.Max(end, i + 1);
                continue;
            }

            if (first < end && IsDutchPlaceAdjective(tokens[first], knowledge, language))
                first++;
            if (end - first >= 2 && NameWords(tokens, knowledge, first, end) <= MaxNameWords && HasSpace(text, tokens, first, end)
                && (titleCase && tokens[first].InTitle
                    ? LooksLikePersonInTitleCase(text, tokens, cues, knowledge, ordinary, first, end)
                    : LooksLikePerson(text, tokens, cues, knowledge, ordinary, nounsAreCapitalised, first, end)))
            {
                people.Add(text[tokens[first].Start..EndOfName(text, tokens[end - 1])], prominence.At(first));
                sentencesWithPeople[tokens[first].Sentence] = true;
            }

            i = Math.Max(end, i + 1);
        }

        PutTitledMoverFirst(text, tokens, cues, taken, people);
    }

    // "Veridian Mind, un altro addio: lascia anche Leclercq" over a lede naming "Tobias Leclercq"
    // after a colleague: a headline whose move names someone by family name alone is about that
    // person, who is listed first. A name further from the verb ("left vacant by Haldorsen") is
    // someone else's past.
    private const int MoverReach = 2;

    // "poaches Orrel's deputy": a name before a possessive or a job is whose deputy, not who moves.
    private static bool IsSomeoneElsesName(List<TextToken> tokens, List<PhraseMatch<Cue>> cues, int t) =>
        t + 1 < tokens.Count && tokens[t + 1].Sentence == tokens[t].Sentence
        && (tokens[t + 1].Forms.Surface == "s" || cues.Exists(c => c.FirstToken == t + 1 && c.Value.Kind == CueKind.Role));

    private static void PutTitledMoverFirst(string text, List<TextToken> tokens, List<PhraseMatch<Cue>> cues, bool[] taken, EntityList people)
    {
        var familyNames = people.Names.Where(name => name.Contains(' ', StringComparison.Ordinal))
            .Select(name => name[(name.LastIndexOf(' ') + 1)..]).ToHashSet(StringComparer.Ordinal);
        if (familyNames.Count == 0)
            return;
        foreach (var move in cues.Where(c => c.Value.Event is AlertEvent.Departure or AlertEvent.Arrival && !c.Value.IsFormer && tokens[c.FirstToken].InTitle))
        {
            for (var t = Math.Max(0, move.FirstToken - 1); t < tokens.Count && t <= move.EndToken + MoverReach - 1 && tokens[t].InTitle; t++)
            {
                var word = text[tokens[t].Start..tokens[t].End];
                if (tokens[t].IsCapitalised && !taken[t] && familyNames.Contains(word) && !IsSomeoneElsesName(tokens, cues, t))
                {
                    people.PutFirst(word);
                    return;
                }
            }
        }
    }

    // "... as red-team head Vorwerk leaves", "la responsable Marchetti quitte ...": one unknown
    // capitalised word between a job and a verb of leaving or joining is that person's family name.
    private static void FindTitledFamilyNames(
        string text, List<TextToken> tokens, List<PhraseMatch<Cue>> cues, bool[] taken, KnowledgeBase knowledge, FrozenSet<string> ordinary,
        ProminenceMap prominence, EntityList people, bool[] sentencesWithPeople)
    {
        var roleEnds = new HashSet<int>(cues.Where(c => c.Value.Kind == CueKind.Role).Select(c => c.EndToken));
        var moveStarts = new HashSet<int>(cues.Where(c => c.Value.Event is AlertEvent.Departure or AlertEvent.Arrival && !c.Value.IsFormer).Select(c => c.FirstToken));
        for (var t = 1; t + 1 < tokens.Count; t++)
        {
            var word = tokens[t];
            if (!roleEnds.Contains(t) || !moveStarts.Contains(t + 1) || !IsNameWord(text, word, taken[t], knowledge) || word.Length <= ShortWord
                || ordinary.Contains(word.Forms.Surface) || tokens[t + 1].Sentence != word.Sentence || (tokens[t + 1].IsCapitalised && IsNameGap(text, word, tokens[t + 1])))
                continue;
            people.Add(text[word.Start..EndOfName(text, word)], prominence.At(t));
            sentencesWithPeople[word.Sentence] = true;
        }
    }

    // "Okonjo deja la compañía ...", "Wendler verlässt ...": a lede may name its subject by
    // family name alone, right before the verb of leaving or joining. One unknown capitalised word
    // opening the lede there is that person, not a company (companies rarely "leave" or "join").
    private static void FindLedeSubject(
        string text, List<TextToken> tokens, List<PhraseMatch<Cue>> cues, bool[] taken, KnowledgeBase knowledge, FrozenSet<string> ordinary,
        ProminenceMap prominence, EntityList people, bool[] sentencesWithPeople)
    {
        var lede = tokens.FindIndex(t => !t.InTitle);
        if (lede < 0 || lede + 1 >= tokens.Count)
            return;
        var word = tokens[lede];
        var surface = word.Forms.Surface;
        if (!IsNameWord(text, word, taken[lede], knowledge) || surface.Length <= ShortWord || ordinary.Contains(surface) || knowledge.GivenNames.Contains(text[word.Start..word.End])
            || HasAcronym(text, tokens, lede, lede + 1) || tokens[lede + 1].Sentence != word.Sentence)
            return;
        if (!cues.Exists(c => c.FirstToken == lede + 1 && c.Value.Kind == CueKind.Event && c.Value.Event is AlertEvent.Departure or AlertEvent.Arrival))
            return;
        people.Add(text[word.Start..EndOfName(text, word)], prominence.At(lede));
        sentencesWithPeople[word.Sentence] = true;
    }

    /// <summary>The end of the run of name-like words starting at <paramref name="first"/>.</summary>
    private static int RunEnd(string text, List<TextToken> tokens, bool[] claimed, KnowledgeBase knowledge, int first, bool nounsAreCapitalised)
    {
        var end = first;
        while (end < tokens.Count && (end == first || IsNameGap(text, tokens[end - 1], tokens[end])))
        {
            if (IsNameWord(text, tokens[end], claimed[end], knowledge) || IsElidedPrefixAfterGivenName(text, tokens, claimed[end], knowledge, end, first))
                end++;
            else if (end > first && IsParticleBeforeName(text, tokens, claimed, knowledge, end) && !(nounsAreCapitalised && IsGermanArticle(tokens, end)))
                end++;
            else
                break;
        }

        // A name never ends on a particle ("Bram van" in "Bram van het bedrijf") or an initial.
        while (end > first && ((knowledge.NameParticles.Contains(tokens[end - 1].Forms.Surface) && !tokens[end - 1].IsCapitalised) || tokens[end - 1].Length == 1))
            end--;
        return end;
    }

    // "Sociologist Alex Hanna", "Ex-Googler Jan Smit": a capitalised word before a given name is a
    // description. "Arrivée de Margaux Roy", "Salida de Ana Gil": a headline's opening noun and its
    // linking particle are too; a less common given name ("Konstantin von Hagenbeck-Ilic") is not.
    private static int SkipLeadingWords(List<TextToken> tokens, KnowledgeBase knowledge, int first, int end)
    {
        var opening = tokens[first].Forms.Surface;
        if (end - first <= 2 || knowledge.GivenNames.Contains(opening) || knowledge.WorldGivenNames.Contains(opening))
            return first;
        if (knowledge.GivenNames.Contains(tokens[first + 1].Forms.Surface))
            return first + 1;
        var opensSentence = first == 0 || tokens[first - 1].Sentence != tokens[first].Sentence;
        return opensSentence && end - first > 3 && !tokens[first + 1].IsCapitalised && knowledge.NameParticles.Contains(tokens[first + 1].Forms.Surface)
            ? first + 2
            : first;
    }

    // "J. R. Okonkwo" and "Jane R. Okonkwo" are written so; "P. Venkataraman" is how a French
    // outlet abbreviates Priya Venkataraman, named by family name alone.
    private static int SkipLeadingInitial(List<TextToken> tokens, int first, int end) =>
        first + 1 < end && tokens[first].Length == 1 && tokens[first + 1].Length > 1 ? first + 1 : first;

    // "Gentse Klaproos", "het Utrechtse Zeggeveld", "Haagse": Dutch makes an adjective of a town
    // with "-se" after a consonant; given names that end in "-se" have a vowel there ("Elise",
    // "Rose", "Anneliese").
    internal static bool IsDutchPlaceAdjective(TextToken token, KnowledgeBase knowledge, string language)
    {
        var word = token.Forms.Surface;
        return language == "nl" && word.Length > 4 && word.EndsWith("se", StringComparison.Ordinal) && !"aeiouy".Contains(word[^3], StringComparison.Ordinal)
            && !knowledge.GivenNames.Contains(word);
    }

    // "Pieter-Jan" or "Max-Planck-Institut" is one word: a person is named with at least two ("J. R. Okonkwo" too).
    private static bool HasSpace(string text, List<TextToken> tokens, int first, int end)
    {
        for (var i = first + 1; i < end; i++)
        {
            if (text.AsSpan(tokens[i - 1].End, tokens[i].Start - tokens[i - 1].End).Contains(' '))
                return true;
        }

        return false;
    }

    // Hyphenated given names keep their lower-case tail: "Kim Myung-joo".
    private static int EndOfName(string text, TextToken last)
    {
        var end = last.End;
        while (end + 1 < text.Length && text[end] == '-' && char.IsLower(text[end + 1]))
        {
            end++;
            while (end < text.Length && char.IsLetter(text[end]))
                end++;
        }

        return end;
    }

    // "verlässt auch Tobias Vorwerk das Unternehmen": in German an article before a noun ends a name,
    // and is a particle only after "von" or "van" ("Ursula von der Leyen").
    private static readonly HashSet<string> GermanArticles = new(StringComparer.Ordinal) { "der", "die", "das", "den", "dem" };

    private static bool IsGermanArticle(List<TextToken> tokens, int at) =>
        GermanArticles.Contains(tokens[at].Forms.Surface) && !(at > 0 && tokens[at - 1].Forms.Surface is "von" or "van");

    // "Samira El-Khatib", "Karim Al-Masri", "Yusuf Ben-Ali": joined to the family name by a hyphen,
    // these open it. Alone, "el" and "al" are other languages' articles ("El País", "al centro").
    private static readonly HashSet<string> HyphenatedParticles = new(StringComparer.Ordinal) { "el", "al", "abu", "ben", "bin", "ibn", "bint", "ould" };

    // Inside a name a particle may be capitalised too: "Yann Le Goarant", "Bram Van Hoorebeke".
    // "Noor El Amrani": "El" joins a name only capitalised; lower-case it is Spanish's article
    // ("despide a Ana Gil el Jueves Santo").
    private static bool IsParticleBeforeName(string text, List<TextToken> tokens, bool[] claimed, KnowledgeBase knowledge, int at) =>
        at + 1 < tokens.Count && ((knowledge.NameParticles.Contains(tokens[at].Forms.Surface) && (tokens[at].IsCapitalised || tokens[at].Forms.Surface != "el")) || IsHyphenatedParticle(text, tokens, at))
        && IsNameGap(text, tokens[at], tokens[at + 1])
        && (IsNameWord(text, tokens[at + 1], claimed[at + 1], knowledge) || knowledge.NameParticles.Contains(tokens[at + 1].Forms.Surface));

    private static bool IsHyphenatedParticle(string text, List<TextToken> tokens, int at) =>
        HyphenatedParticles.Contains(tokens[at].Forms.Surface) && text[tokens[at].End] == '-' && tokens[at + 1].Start == tokens[at].End + 1;

    // A word of two letters or more, or an initial ("J. R. Okonkwo").
    // An initial may be a letter that is also a word ("O. Lehtisalo", though "O" is Portuguese "the").
    private static bool IsNameWord(string text, TextToken token, bool claimed, KnowledgeBase knowledge) =>
        token.IsCapitalised && !claimed && !char.IsDigit(token.Forms.Surface[0])
        && (token.Length > 1 ? !knowledge.NotNames.Contains(token.Forms.Surface) : Tokenizer.IsInitial(text, token.Start));

    // "Samuel O'Brien", "Dara D'Angelo", "Samuel O’Rourke-Finch", "Claire d'Aubigné": after a given
    // name, the letter written onto the family name by an apostrophe is part of it. Elsewhere it is a place's
    // ("Chicago O'Hare", "Costa D'Avorio") or an elided article ("L'Oréal").
    private static bool IsElidedPrefixAfterGivenName(string text, List<TextToken> tokens, bool claimed, KnowledgeBase knowledge, int at, int first)
    {
        var token = tokens[at];
        if (at <= first || claimed || token.Length != 1 || text[token.Start] is not ('O' or 'D' or 'd') || token.End + 1 >= text.Length
            || text[token.End] is not ('\'' or '’') || !char.IsUpper(text[token.End + 1]))
            return false;
        var given = tokens[at - 1].Forms.Surface;
        return knowledge.GivenNames.Contains(given) || knowledge.WorldGivenNames.Contains(given);
    }

    // "Maria do Carmo dos Reis Vasconcelos": particles do not count towards a name's length.
    private static int NameWords(List<TextToken> tokens, KnowledgeBase knowledge, int first, int end)
    {
        var words = 0;
        for (var i = first; i < end; i++)
        {
            if (!knowledge.NameParticles.Contains(tokens[i].Forms.Surface))
                words++;
        }

        return words;
    }

    // Names are written "Jan Leike", "Kim Myung-joo", "Adam D'Angelo", "Maarten 't Hooft", "J. R.
    // Okonkwo": nothing else between words.
    private static bool IsNameGap(string text, TextToken previous, TextToken next)
    {
        var gap = text.AsSpan(previous.End, next.Start - previous.End);
        return gap is " " or "-" or "'" or "’" || (gap is " '" or " ’" && next.Forms.Surface == "t") || (gap is ". " && previous.Length == 1);
    }

    private static bool HasOrdinaryWord(List<TextToken> tokens, FrozenSet<string> ordinary, int first, int end)
    {
        for (var i = first; i < end; i++)
        {
            if (ordinary.Contains(tokens[i].Forms.Surface))
                return true;
        }

        return false;
    }

    private static bool LooksLikePerson(
        string text, List<TextToken> tokens, List<PhraseMatch<Cue>> cues, KnowledgeBase knowledge, FrozenSet<string> ordinary, bool nounsAreCapitalised, int first, int end)
    {
        if (knowledge.GivenNames.Contains(tokens[first].Forms.Surface))
            return true;
        // A less common given name ("Orrin") may open a company's name: not when a job after it
        // titles someone else ("Orrin Vale red-team head Sara Achebe", "Orrin Vale : la responsable ...").
        // A word of the item's own language is no name there ("DANA" is a storm in Spanish news, Dana a
        // person in English). German capitalises its nouns, so there a pair opening with a less common
        // name is as often a company ("Linde Engineering"), unless its sentence tells of a job or a move.
        if (knowledge.WorldGivenNames.Contains(tokens[first].Forms.Surface) && !ordinary.Contains(tokens[first].Forms.Surface)
            && (!nounsAreCapitalised || SentenceTellsOfPeople(tokens, cues, first)))
            return !NamesAnEmployer(text, tokens, cues, end);

        if (IsDescribedAsSomeone(text, tokens, end) && !HasAcronym(text, tokens, first, end))
            return true;
        if (IsHeadlineTopicOfSomeonesMove(text, tokens, cues, end))
            return false;

        // German capitalises every noun ("Heidelberger Unternehmen"), so there only a known given name counts.
        // Without a given name, a word in capitals is an acronym ("Baptisé TIAV"), not a family name.
        if (nounsAreCapitalised || HasAcronym(text, tokens, first, end))
            return false;
        // Without a given name, a word of the language's own lexicon makes the pair a capitalised
        // name of something else: a team ("Evaluación de Riesgos"), a programme ("Scalable Oversight").
        if (HasOrdinaryWord(tokens, ordinary, first, end))
            return false;
        // People leave, join, found institutes or companies and hold jobs; pledging compute, setting
        // up, dissolving or reorganising a team is what organisations do ("Orchard Nine pledges a fifth of its compute",
        // "Halloway Finch creates external AI ethics board").
        return cues.Exists(c => (c.Value.Kind is CueKind.Role || IsWhatPeopleDo(tokens, cues, knowledge, c))
            && tokens[c.FirstToken].InTitle == tokens[first].InTitle
            && (Math.Abs(c.FirstToken - end) <= ContextReach || Math.Abs(first - c.EndToken) <= ContextReach)
            && !(c.FirstToken >= end && TitlesSomeoneAfter(text, tokens, c, end)));
    }

    private static bool IsWhatPeopleDo(List<TextToken> tokens, List<PhraseMatch<Cue>> cues, KnowledgeBase knowledge, PhraseMatch<Cue> cue) =>
        cue.Value.Kind is CueKind.Event
        && (cue.Value.Event is AlertEvent.Departure or AlertEvent.Arrival || (cue.Value.Event is AlertEvent.Formation && FoundsAnOrganisation(tokens, knowledge, cue)));

    // "launches AI safety nonprofit", "funda instituto de segurança da IA", "fonde un laboratoire":
    // someone may found an institute, a lab, a nonprofit or a company of their own, a few words on.
    private const int FoundedReach = 5;

    private static bool FoundsAnOrganisation(List<TextToken> tokens, KnowledgeBase knowledge, PhraseMatch<Cue> founding)
    {
        for (var t = founding.EndToken; t < tokens.Count && t < founding.EndToken + FoundedReach && tokens[t].Sentence == tokens[founding.FirstToken].Sentence; t++)
        {
            var word = tokens[t].Forms.Surface;
            if (knowledge.InstitutionWords.Contains(word) || knowledge.CompanyNouns.Contains(word))
                return true;
        }

        return false;
    }

    // "Synapse Forge, lascia la responsabile ...", "Orvane : part le directeur de ...": a headline's
    // topic before a comma, then a move whose subject is a job, is where that job is; a job right
    // after the comma describes the name instead ("Okafor Nwosu, head of safety, resigns").
    private const int MovedJobReach = 3;

    private static bool IsHeadlineTopicOfSomeonesMove(string text, List<TextToken> tokens, List<PhraseMatch<Cue>> cues, int end)
    {
        if (end >= tokens.Count || !tokens[end].InTitle || !text.AsSpan(tokens[end - 1].End, tokens[end].Start - tokens[end - 1].End).ContainsAny(",:"))
            return false;
        var move = cues.Find(c => c.FirstToken == end && c.Value.Event is AlertEvent.Departure or AlertEvent.Arrival);
        return move.Value is not null
            && cues.Exists(c => c.Value.Kind == CueKind.Role && c.FirstToken >= move.EndToken && c.FirstToken < move.EndToken + MovedJobReach && tokens[c.FirstToken].InTitle);
    }

    // "Ravindra Kolhatkar, who led the red team": English says "who" of people only ("which" of a company).
    private static bool IsDescribedAsSomeone(string text, List<TextToken> tokens, int end) =>
        end < tokens.Count && tokens[end].Sentence == tokens[end - 1].Sentence && tokens[end].Forms.Surface == "who"
        && text.AsSpan(tokens[end - 1].End, tokens[end].Start - tokens[end - 1].End).Trim() is ",";

    private static bool SentenceTellsOfPeople(List<TextToken> tokens, List<PhraseMatch<Cue>> cues, int at) =>
        cues.Exists(c => (c.Value.Kind is CueKind.Role || (c.Value.Event is AlertEvent.Arrival or AlertEvent.Departure && !c.Value.IsFormer))
            && tokens[c.FirstToken].Sentence == tokens[at].Sentence);

    // "Mira Holt, who ran the model-behaviour group" describes her: a comma before the job ends the question.
    private static bool NamesAnEmployer(string text, List<TextToken> tokens, List<PhraseMatch<Cue>> cues, int end) =>
        cues.Exists(c => c.Value.Kind == CueKind.Role && c.FirstToken >= end && c.FirstToken - end <= ContextReach
            && !text.AsSpan(tokens[end - 1].End, tokens[c.FirstToken].Start - tokens[end - 1].End).Contains(',')
            && TitlesSomeoneAfter(text, tokens, c, end));

    private static bool TitlesSomeoneAfter(string text, List<TextToken> tokens, PhraseMatch<Cue> cue, int end) =>
        TitlesTheNextName(text, tokens, cue) || (cue.Value.Kind == CueKind.Role && HasColonBetween(text, tokens, end - 1, cue.FirstToken));

    // "Quarrender Cortex red-team head Tomasz Wielgosz": a job written right before a name is that
    // name's, and the words before the job say whose staff it is.
    private static bool TitlesTheNextName(string text, List<TextToken> tokens, PhraseMatch<Cue> cue) =>
        cue.Value.Kind == CueKind.Role && cue.EndToken + 1 < tokens.Count && tokens[cue.EndToken].IsCapitalised && tokens[cue.EndToken + 1].IsCapitalised
        && tokens[cue.EndToken].Sentence == tokens[cue.FirstToken].Sentence && IsNameGap(text, tokens[cue.EndToken], tokens[cue.EndToken + 1]);

    // "Quarrender Cortex : la responsable ... démissionne": a job named after a headline's colon is
    // someone's at the topic before it, which is as often a company as a person ("Jan Roth: why I
    // resigned" still names him by the verb).
    private static bool HasColonBetween(string text, List<TextToken> tokens, int last, int next) =>
        text.AsSpan(tokens[last].End, tokens[next].Start - tokens[last].End).Contains(':');

    // "Quenby Works Adds Red Team": an English headline in title case capitalises every word, so
    // there, as in German, only a known given name says a capitalised pair is a person. Title case
    // shows in ordinary words capitalised ("Adds", "Team"), not in names ("Wairimu Kamau").
    private static bool IsTitleCase(List<TextToken> tokens, FrozenSet<string> ordinaryWords)
    {
        int words = 0, capitalised = 0, ordinary = 0;
        foreach (var token in tokens)
        {
            if (!token.InTitle)
                break;
            if (token.Length <= ShortWord)
                continue;
            words++;
            if (!token.IsCapitalised)
                continue;
            capitalised++;
            if (ordinaryWords.Contains(token.Forms.Surface))
                ordinary++;
        }

        return capitalised >= TitleCaseShare * words && ordinary >= MinOrdinaryCapitalised;
    }

    // In title case: a known given name, or a pair of words the language does not otherwise use
    // that is the subject of the headline's verb ("Taavetti Ruusunen Leaves ...").
    private static bool LooksLikePersonInTitleCase(string text, List<TextToken> tokens, List<PhraseMatch<Cue>> cues, KnowledgeBase knowledge, FrozenSet<string> ordinary, int first, int end)
    {
        if (knowledge.GivenNames.Contains(tokens[first].Forms.Surface))
            return true;
        for (var i = first; i < end; i++)
        {
            if (ordinary.Contains(tokens[i].Forms.Surface))
                return false;
        }

        return !HasAcronym(text, tokens, first, end) && cues.Exists(c => c.Value.Kind == CueKind.Event && c.FirstToken == end);
    }

    private static bool HasAcronym(string text, List<TextToken> tokens, int first, int end)
    {
        for (var i = first; i < end; i++)
        {
            var word = text.AsSpan(tokens[i].Start, tokens[i].Length);
            if (word.Length > MaxInitials && !word.ContainsAnyExceptInRange('A', 'Z'))
                return true;
        }

        return false;
    }
}
