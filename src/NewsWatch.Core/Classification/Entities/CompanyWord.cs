using NewsWatch.Core.Classification.Knowledge;
using NewsWatch.Core.Classification.Text;

namespace NewsWatch.Core.Classification.Entities;

/// <summary>
/// Finds one-word company names no list knows ("Brújula", "Kantwerk") where the sentence can
/// only mean a company: the subject of a headline's event verb ("Brújula dissout son équipe"),
/// a headline's first word that the text goes on to name again ("Pampero ajusta ... Pampero
/// nació en 2020"), a word right after one that says what a company is ("la start-up nantaise
/// Pérégrine"), an acronym in the headline ("La AESIA ficha ..."), an English possessive before
/// a team or scope ("Tessary's red team"), or the place after "chez" ("Chez Verglas, un ancien
/// ..."). Anywhere else a lone capitalised word is as likely a place, a product or the
/// headline's style.
/// </summary>
internal static class CompanyWord
{
    private const int MinLength = 3;
    private const int PossessiveReach = 3;

    // "start-up", "jeune-pousse": company nouns have at most two parts; a third bounds the walk back.
    private const int MaxHyphenParts = 3;

    // "nantaise", "porteña": a demonym between a company noun and the name is a word of some length.
    private const int MinDemonymLength = 4;

    // "Der britische Mischkonzern", "The engineering conglomerate": how far into the lede a company noun calls back the headline's subject.
    private const int LedeOpeningWords = 4;

    // "Softwareunternehmen": a compound's head is a company noun only after a word of its own.
    private const int MinCompoundHead = 4;

    // "Unternehmen", "Konzern", "Anbieter" head compounds; "bank" or "firm" end other words too.
    private const int MinCompoundHeadNoun = 7;

    private static readonly System.Buffers.SearchValues<char> ClauseEnds = System.Buffers.SearchValues.Create("?!:");
    private static readonly System.Buffers.SearchValues<char> ClauseMarks = System.Buffers.SearchValues.Create(",:;–—-(");

    // A verb that says someone left or joined for certain ("verlässt", "joins"), not a hint ("geht").
    private const double MoveVerbWeight = 0.9;

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
        // Whether the headline shouts is one fact about it, not one per word.
        var shouting = IsShouting(text, tokens);
        var described = 0;
        Dictionary<(string, string), int>? pairs = null;
        // "Ana Brenn Leaves AI Startup Quennora Abruptly": a title-case headline capitalises every word.
        var titleCase = !nounsAreCapitalised && IsTitleCase(tokens);
        for (var i = 0; i < tokens.Count; i++)
        {
            // "beim KI-Entwickler Quennora Forge": what the text calls a company may take two words.
            if (!(titleCase && tokens[i].InTitle) && IsTwoWordNameAfterCompanyNoun(text, tokens, claimed, knowledge, nounsAreCapitalised, roleWords, compoundsJobTitles, i, ref pairs))
            {
                if (described++ < OrganisationMentions.MaxNamesPerFinder)
                    OrganisationMentions.ClaimAndList(text, tokens, claimed, i, i + 2, prominence, orgs);
                else
                    orgs.Add(text[tokens[i].Start..tokens[i + 1].End], prominence.At(i));
                i++;
                continue;
            }

            if (!IsCandidate(text, tokens, claimed, knowledge, i) || IsJobTitle(tokens[i].Forms.Surface, roleWords, compoundsJobTitles))
                continue;
            // "Meridian Loom's interpretability chief": the possessive ends a name of the words before
            // it too; "Clara Whitmore's red team" is a person's.
            var possessiveStart = !nounsAreCapitalised && IsPossessiveOfTeam(text, tokens, cues, i) ? NameStart(text, tokens, claimed, knowledge, i) : i;
            if (possessiveStart < 0)
                continue;
            if (possessiveStart < i)
            {
                if (described++ < OrganisationMentions.MaxNamesPerFinder)
                    OrganisationMentions.ClaimAndList(text, tokens, claimed, possessiveStart, i + 1, prominence, orgs);
                continue;
            }

            if ((!nounsAreCapitalised && IsHeadlineSubject(text, tokens, cues, languageWords, i))
                || (!nounsAreCapitalised && IsDescribedHeadlineSubject(tokens, cues, knowledge, languageWords, roleWords, i))
                || (!nounsAreCapitalised && IsLedeSubject(tokens, cues, languageWords, i))
                || IsHeadlineSubjectTheLedeCallsACompany(tokens, cues, knowledge.CompanyNouns, languageWords, i)
                || IsNamedAgainHeadlineSubject(tokens, languageWords, nounsAreCapitalised, i)
                || (!shouting && IsHeadlineAcronym(text, tokens, cues, roleWords, i))
                || IsPossessiveOfTeam(text, tokens, cues, i) || FollowsChez(tokens, i) || IsHeadlineWorkplace(text, tokens, cues, knowledge, languageWords, i))
            {
                orgs.Add(text.Substring(tokens[i].Start, tokens[i].Length), prominence.At(i));
            }
            else if (FollowsCompanyNoun(text, tokens, knowledge.CompanyNouns, nounsAreCapitalised, i))
            {
                // "AI-bouwer Alpenrain ... Alpenrain neemt ... aan": what the text calls a company
                // is that company wherever it stands alone, not a person leaving or joining.
                if (described++ < OrganisationMentions.MaxNamesPerFinder)
                    OrganisationMentions.ClaimAndList(text, tokens, claimed, i, i + 1, prominence, orgs);
                else
                    orgs.Add(text.Substring(tokens[i].Start, tokens[i].Length), prominence.At(i));
            }
        }
    }

    // Two capitalised words, and no third, right after a company noun: "KI-Entwickler Quennora Forge".
    // German capitalises its nouns ("beim Anbieter Kranich Mitarbeiter ..."), so there the pair must
    // recur in the text, as a name does and a passing noun rarely.
    private static bool IsTwoWordNameAfterCompanyNoun(
        string text, List<TextToken> tokens, bool[] claimed, KnowledgeBase knowledge, bool nounsAreCapitalised, IReadOnlySet<string> roleWords, bool compoundsJobTitles, int i,
        ref Dictionary<(string, string), int>? pairs) =>
        i + 1 < tokens.Count && IsNameWord(text, tokens, claimed, knowledge, i) && IsNameContinuation(text, tokens, i) && IsNameWord(text, tokens, claimed, knowledge, i + 1)
        && !IsJobTitle(tokens[i].Forms.Surface, roleWords, compoundsJobTitles) && !IsJobTitle(tokens[i + 1].Forms.Surface, roleWords, compoundsJobTitles)
        && (i + 2 >= tokens.Count || !IsNameContinuation(text, tokens, i + 1))
        && FollowsCompanyNoun(text, tokens, knowledge.CompanyNouns, nounsAreCapitalised, i)
        && (!nounsAreCapitalised || (pairs ??= CapitalisedPairs(tokens)).GetValueOrDefault((tokens[i].Forms.Surface, tokens[i + 1].Forms.Surface)) > 1);

    // Words this long or longer say whether a headline capitalises them all; "of", "a" do not.
    private const int TitleCaseWordLength = 4;

    // Most of the title's longer words capitalised.
    private const double TitleCaseShare = 0.7;

    private static bool IsTitleCase(List<TextToken> tokens)
    {
        int words = 0, capitalised = 0;
        foreach (var token in tokens.TakeWhile(t => t.InTitle).Where(t => t.Length >= TitleCaseWordLength))
        {
            words++;
            capitalised += token.IsCapitalised ? 1 : 0;
        }

        return words > 1 && capitalised >= TitleCaseShare * words;
    }

    // Capitalised pairs within a sentence, counted once per text, so every lookup is constant time.
    private static Dictionary<(string, string), int> CapitalisedPairs(List<TextToken> tokens)
    {
        var pairs = new Dictionary<(string, string), int>();
        for (var t = 0; t + 1 < tokens.Count; t++)
        {
            if (tokens[t].IsCapitalised && tokens[t + 1].IsCapitalised && tokens[t].Sentence == tokens[t + 1].Sentence)
                pairs[(tokens[t].Forms.Surface, tokens[t + 1].Forms.Surface)] = pairs.GetValueOrDefault((tokens[t].Forms.Surface, tokens[t + 1].Forms.Surface)) + 1;
        }

        return pairs;
    }

    private static bool IsNameWord(string text, List<TextToken> tokens, bool[] claimed, KnowledgeBase knowledge, int i)
    {
        var surface = tokens[i].Forms.Surface;
        return tokens[i].IsCapitalised && !claimed[i] && tokens[i].Length >= MinLength && !char.IsDigit(text[tokens[i].Start])
            && !knowledge.NotNames.Contains(surface) && !knowledge.GivenNames.Contains(surface) && !knowledge.NameParticles.Contains(surface);
    }

    private static bool IsCandidate(string text, List<TextToken> tokens, bool[] claimed, KnowledgeBase knowledge, int i)
    {
        var token = tokens[i];
        var surface = token.Forms.Surface;
        return token.IsCapitalised && !claimed[i] && token.Length >= MinLength && !char.IsDigit(text[token.Start])
            && !knowledge.NotNames.Contains(surface) && !IsGenitiveOfANotName(surface, knowledge) && !knowledge.GivenNames.Contains(surface)
            && !knowledge.NameParticles.Contains(surface)
            && (i + 1 >= tokens.Count || !IsNameContinuation(text, tokens, i));
    }

    // "der größte KI-Konzern Deutschlands": a place's genitive names no company.
    private static bool IsGenitiveOfANotName(string surface, KnowledgeBase knowledge) =>
        surface.Length > MinLength && surface[^1] == 's' && knowledge.NotNames.Contains(surface[..^1]);

    // "Hoofdwetenschapper vertrekt ...": a headline may open with the job title of who leaves; German
    // and Dutch write it as a compound, elsewhere a word ending in a title ("Arrowhead") is a name.
    private static bool IsJobTitle(string word, IReadOnlySet<string> roleWords, bool compounds) =>
        roleWords.Contains(word) || (compounds && roleWords.Any(role => word.Length > role.Length && word.EndsWith(role, StringComparison.Ordinal)));

    // "Nodo Austral", "Lumbre Labs": a capitalised word that goes on is part of a longer name.
    private static bool IsNameContinuation(string text, List<TextToken> tokens, int i) =>
        tokens[i + 1].IsCapitalised && tokens[i + 1].Sentence == tokens[i].Sentence && text[tokens[i].End] is ' ' or '-';

    // The title's first word, right before an event cue: "Brújula pierde ...", "Mandacaru fecha ...".
    // A word the language's own lexicon uses is the headline's style, not a name ("Meer rekenkracht ...").
    // So is the first word of a headline's second clause before what only a company does to a
    // team: "¿Qué fue del 20 %? Tessaly recorta ..." (before "dirigirá" it is as likely a person's
    // family name, and inside a quote any word: "smentisce: «Nessuna chiusura»"). A full stop is
    // no clause mark there: "Dr. Okafor restructures ..." names a person.
    private static bool IsHeadlineSubject(string text, List<TextToken> tokens, List<PhraseMatch<Cue>> cues, IReadOnlySet<string> languageWords, int i) =>
        (i == 0 || (OpensAHeadlineClause(text, tokens, i) && IsBeforeEventCue(cues, i, companiesOnly: true))) && tokens[i].InTitle && IsBeforeEventCue(cues, i)
        && !languageWords.Contains(tokens[i].Forms.Surface);

    internal static bool OpensAHeadlineClause(string text, List<TextToken> tokens, int i)
    {
        if (i == 0 || !tokens[i - 1].InTitle)
            return false;
        var between = text.AsSpan(tokens[i - 1].End, tokens[i].Start - tokens[i - 1].End);
        return between.ContainsAny(ClauseEnds) && !between.ContainsAny(QuoteMarks.All);
    }

    // "El brasileño Itaverde disuelve ...", "Le néerlandais Kestrow dissout ...": an article and one
    // lower-case word (a demonym or "grupo") may open the headline before its subject.
    // A job there ("Le chercheur Dubreuil quitte ...") makes the word a person's name.
    private static bool IsDescribedHeadlineSubject(List<TextToken> tokens, List<PhraseMatch<Cue>> cues, KnowledgeBase knowledge, IReadOnlySet<string> languageWords, IReadOnlySet<string> roleWords, int i) =>
        i == 2 && tokens[i].InTitle && knowledge.NotNames.Contains(tokens[0].Forms.Surface) && !tokens[1].IsCapitalised
        && tokens[1].Length >= MinDemonymLength && !roleWords.Contains(tokens[1].Forms.Surface) && !cues.Exists(c => c.Value.Kind == CueKind.Role && c.FirstToken <= 1 && c.EndToken > 1)
        && IsBeforeEventCue(cues, i, companiesOnly: true) && !languageWords.Contains(tokens[i].Forms.Surface);

    // "Pellworth kürzt Mittel ... Der britische Mischkonzern halbiert ...": a headline's first word,
    // right before its event verb, that the lede's first words call a company. It holds in German
    // too, where a capitalised first word alone says nothing.
    private static bool IsHeadlineSubjectTheLedeCallsACompany(List<TextToken> tokens, List<PhraseMatch<Cue>> cues, System.Collections.Frozen.FrozenSet<string> companyNouns, IReadOnlySet<string> languageWords, int i)
    {
        if (i != 0 || !tokens[i].InTitle || !IsBeforeEventCue(cues, i, companiesOnly: true) || languageWords.Contains(tokens[i].Forms.Surface))
            return false;
        var lede = tokens.FindIndex(t => !t.InTitle);
        return lede >= 0 && Enumerable.Range(lede, Math.Min(LedeOpeningWords, tokens.Count - lede))
            .Any(t => tokens[t].Sentence == tokens[lede].Sentence && IsCompanyNoun(tokens[t].Forms.Surface, companyNouns));
    }

    // "Softwareunternehmen", "Versicherungskonzern": German writes what a company does into its company noun.
    // A short noun ends too many other words to be a compound's head ("Datenbank" is no bank).
    private static bool IsCompanyNoun(string word, System.Collections.Frozen.FrozenSet<string> companyNouns) =>
        companyNouns.Contains(word) || companyNouns.Any(noun => noun.Length >= MinCompoundHeadNoun && word.Length >= noun.Length + MinCompoundHead && word.EndsWith(noun, StringComparison.Ordinal));

    // "¿Adiós al compromiso? | Orsolo reduce al 8% ...": the lede's first word, right before a cut,
    // a closure or a reorganisation of a team, is the company doing it. Before a founding it is as
    // often a capital whose government sets up an institute ("Berna ha creato ...").
    private static bool IsLedeSubject(List<TextToken> tokens, List<PhraseMatch<Cue>> cues, IReadOnlySet<string> languageWords, int i) =>
        !tokens[i].InTitle && i > 0 && tokens[i - 1].InTitle && !languageWords.Contains(tokens[i].Forms.Surface)
        && cues.Exists(c => c.Value.Kind == CueKind.Event && c.FirstToken == i + 1 && c.Value.Event is AlertEvent.Dissolution or AlertEvent.Restructuring or AlertEvent.Resources);

    private static bool IsBeforeEventCue(List<PhraseMatch<Cue>> cues, int i, bool companiesOnly = false) =>
        cues.Exists(c => c.Value.Kind == CueKind.Event && c.FirstToken == i + 1 && !(companiesOnly && c.Value.Event is AlertEvent.Departure or AlertEvent.Arrival));

    // "Pampero ajusta el cinturón ... Pampero nació en 2020": a headline's first word that the text
    // names again is what it is about. German capitalises every noun, so there the later mention
    // must open a sentence, where a noun would take its article ("Feldmark ist ...", not "Die Forschung").
    private static bool IsNamedAgainHeadlineSubject(List<TextToken> tokens, IReadOnlySet<string> languageWords, bool nounsAreCapitalised, int i)
    {
        if (i != 0 || !tokens[i].InTitle || languageWords.Contains(tokens[i].Forms.Surface) || Alerts.NumberWords.DigitsOf(tokens[i].Forms.Surface) is not null)
            return false;
        for (var j = i + 1; j < tokens.Count; j++)
        {
            if (tokens[j].InTitle || !tokens[j].IsCapitalised || tokens[j].Forms.Surface != tokens[i].Forms.Surface)
                continue;
            if (!nounsAreCapitalised || tokens[j - 1].Sentence != tokens[j].Sentence)
                return true;
        }

        return false;
    }

    // "la start-up nantaise Pérégrine", "Münchner Start-up Brackwerk", "l'azienda Valmora": one
    // lower-case word of four letters or more (a demonym, not "di" or "de") may stand between, and
    // only spaces: "Start-up-Förderung" or "la empresa, según X" name no company.
    private static bool FollowsCompanyNoun(string text, List<TextToken> tokens, System.Collections.Frozen.FrozenSet<string> companyNouns, bool nounsAreCapitalised, int i)
    {
        if (i == 0 || !IsSpaceBetween(text, tokens, i - 1, i))
            return false;
        var before = WordEndingAt(text, tokens, i - 1, out var wordStart);
        if (before is null || tokens[wordStart].Sentence != tokens[i].Sentence)
            return false;
        // "KI-Anbieter Isembard", "AI-bedrijf Meridiaan": a compound ending in a company noun is one.
        if (companyNouns.Contains(before) || (wordStart < i - 1 && companyNouns.Contains(tokens[i - 1].Forms.Surface)))
            return true;
        // "des Softwarehauses Quellwerk", "des KI-Anbieters Falkenried": after a German genitive the
        // word is the company only where the text names it again; else it is the sentence going
        // on ("die Führung des Konzerns Druck ...").
        if (nounsAreCapitalised && (GenitiveOf(before, companyNouns) || (wordStart < i - 1 && GenitiveOf(tokens[i - 1].Forms.Surface, companyNouns)))
            && IsNamedElsewhere(tokens, i))
            return true;
        // "la start-up nantaise Pérégrine": a demonym after the noun, then the name. German puts its
        // adjectives before the noun, so there "Anbieter ähnliche Versprechen" is only more nouns.
        return !nounsAreCapitalised && !tokens[wordStart].IsCapitalised && tokens[wordStart].Length >= MinDemonymLength && wordStart > 0 && IsSpaceBetween(text, tokens, wordStart - 1, wordStart)
            && tokens[wordStart - 1].Sentence == tokens[i].Sentence
            && WordEndingAt(text, tokens, wordStart - 1, out _) is { } noun && companyNouns.Contains(noun);
    }

    private static bool GenitiveOf(string word, System.Collections.Frozen.FrozenSet<string> companyNouns) =>
        (word.EndsWith("es", StringComparison.Ordinal) && companyNouns.Contains(word[..^2])) || (word.EndsWith('s') && companyNouns.Contains(word[..^1]));

    // German nouns take an article ("Der Druck kam ..."); a company's name, named again, does not.
    private static readonly HashSet<string> GermanArticles = new(StringComparer.Ordinal)
    {
        "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines", "kein", "keine",
    };

    // Only a word after a genitive company noun is looked up, which is rare: one pass over the text each.
    private static bool IsNamedElsewhere(List<TextToken> tokens, int at)
    {
        var named = false;
        for (var t = 0; t < tokens.Count; t++)
        {
            if (t == at || tokens[t].Forms.Surface != tokens[at].Forms.Surface)
                continue;
            if (!tokens[t].IsCapitalised || (t > 0 && tokens[t - 1].Sentence == tokens[t].Sentence && GermanArticles.Contains(tokens[t - 1].Forms.Surface)))
                return false;
            named = true;
        }

        return named;
    }

    private static bool IsSpaceBetween(string text, List<TextToken> tokens, int left, int right) =>
        text.AsSpan(tokens[left].End, tokens[right].Start - tokens[left].End) is " ";

    /// <summary>
    /// The folded word ending at token <paramref name="last"/>, hyphenated parts joined ("start-up");
    /// null before the first token. At most <see cref="MaxHyphenParts"/> parts are joined, so a long
    /// chain of hyphens costs no more than a short one.
    /// </summary>
    private static string? WordEndingAt(string text, List<TextToken> tokens, int last, out int first)
    {
        first = last;
        if (last < 0)
            return null;
        while (first > 0 && last - first + 1 < MaxHyphenParts && tokens[first - 1].End + 1 == tokens[first].Start && text[tokens[first - 1].End] == '-')
            first--;
        return first == last
            ? tokens[last].Forms.Surface
            : string.Join('-', Enumerable.Range(first, last - first + 1).Select(t => tokens[t].Forms.Surface));
    }

    // "La AESIA ficha ...", "BSI richtet ... ein": an acronym in the headline that is no tag
    // ("BREAKING:"), no word every story uses, and no one's background ("Ex-NSA chief", "a CMU professor").
    private static bool IsHeadlineAcronym(string text, List<TextToken> tokens, List<PhraseMatch<Cue>> cues, IReadOnlySet<string> roleWords, int i) =>
        tokens[i].InTitle && (tokens[i].End >= text.Length || text[tokens[i].End] != ':')
        && Alerts.Acronyms.IsDistinctive(text.Substring(tokens[i].Start, tokens[i].Length))
        && !DescribesAPerson(tokens, cues, roleWords, i);

    // Right after a "former" word (a weak departure cue: "ex", "former", "ancien") or right before a job title.
    private static bool DescribesAPerson(List<TextToken> tokens, List<PhraseMatch<Cue>> cues, IReadOnlySet<string> roleWords, int i) =>
        cues.Exists(c => c.Value.IsFormer && c.EndToken == i)
        || (i + 1 < tokens.Count && roleWords.Contains(tokens[i + 1].Forms.Surface));

    // A headline mostly in capitals is shouting, not naming.
    private static bool IsShouting(string text, List<TextToken> tokens)
    {
        var title = tokens.Where(t => t.InTitle && t.Length > 1).ToList();
        return title.Count(t => text.AsSpan(t.Start, t.Length).ToString().All(c => !char.IsLetter(c) || char.IsUpper(c))) * 2 > title.Count;
    }

    // Up to two capitalised words before the possessive's word, one space apart; -1 when a given
    // name opens them ("Clara Whitmore's" is a person's).
    private const int MaxWordsBeforePossessive = 2;

    private static int NameStart(string text, List<TextToken> tokens, bool[] claimed, KnowledgeBase knowledge, int i)
    {
        var first = i;
        while (first > 0 && i - first < MaxWordsBeforePossessive && tokens[first - 1].IsCapitalised && !claimed[first - 1] && tokens[first - 1].Sentence == tokens[i].Sentence
            && text.AsSpan(tokens[first - 1].End, tokens[first].Start - tokens[first - 1].End) is " " && !knowledge.NotNames.Contains(tokens[first - 1].Forms.Surface))
            first--;
        return first < i && (knowledge.GivenNames.Contains(tokens[first].Forms.Surface) || knowledge.WorldGivenNames.Contains(tokens[first].Forms.Surface)) ? -1 : first;
    }

    private static bool IsPossessiveOfTeam(string text, List<TextToken> tokens, List<PhraseMatch<Cue>> cues, int i)
    {
        var end = tokens[i].End;
        var possessive = end + 1 < text.Length && text[end] is '\'' or '’' && text[end + 1] == 's';
        return possessive && cues.Exists(c => c.Value.Kind is CueKind.TeamNoun or CueKind.Scope or CueKind.ScopeIfAi
            && c.FirstToken > i && c.FirstToken - i <= PossessiveReach + 1);
    }

    // "Alignment-Chefin Hanne Ostrowski verlässt Brackwerk", "La responsable ... quitte Orvanne":
    // when a person (a job, or a given name opening a name) leaves or joins, the one word the
    // headline's verb takes, closing the headline or its clause, is where that person works. When
    // a company does the hiring or firing ("Nubaria fires Okafor"), the word is the person.
    private static bool IsHeadlineWorkplace(string text, List<TextToken> tokens, List<PhraseMatch<Cue>> cues, KnowledgeBase knowledge, IReadOnlySet<string> languageWords, int i)
    {
        if (!tokens[i].InTitle || languageWords.Contains(tokens[i].Forms.Surface)
            || !(i + 1 == tokens.Count || !tokens[i + 1].InTitle || text.AsSpan(tokens[i].End, tokens[i + 1].Start - tokens[i].End).ContainsAny(ClauseMarks)))
            return false;
        var move = cues.FindIndex(c => c.Value.Event is AlertEvent.Departure or AlertEvent.Arrival && c.EndToken == i && c.Value.Weight >= MoveVerbWeight && !c.Value.HasGap);
        return move >= 0 && HasPersonBefore(tokens, cues, knowledge, cues[move].FirstToken);
    }

    internal static bool HasPersonBefore(List<TextToken> tokens, List<PhraseMatch<Cue>> cues, KnowledgeBase knowledge, int verb)
    {
        if (cues.Exists(c => c.Value.Kind == CueKind.Role && tokens[c.FirstToken].InTitle && c.EndToken <= verb))
            return true;
        for (var t = 0; t + 1 < verb; t++)
        {
            var word = tokens[t].Forms.Surface;
            if (tokens[t].IsCapitalised && tokens[t + 1].IsCapitalised && (knowledge.GivenNames.Contains(word) || knowledge.WorldGivenNames.Contains(word)))
                return true;
        }

        return false;
    }

    // "Chez Verglas, ...", and a Dutch sentence that opens "Bij Tessary is ...": where someone works.
    private static bool FollowsChez(List<TextToken> tokens, int i) =>
        i > 0 && tokens[i - 1].Sentence == tokens[i].Sentence
        && (tokens[i - 1].Forms.Surface == "chez" || (tokens[i - 1].Forms.Surface == "bij" && tokens[i - 1].IsCapitalised && OpensSentence(tokens, i - 1)));

    private static bool OpensSentence(List<TextToken> tokens, int at) => at == 0 || tokens[at - 1].Sentence != tokens[at].Sentence;
}
