using NewsWatch.Core.Classification.Knowledge;
using NewsWatch.Core.Classification.Text;

namespace NewsWatch.Core.Classification.Entities;

/// <summary>
/// Names public bodies by their whole name, which runs across short linking words: "National
/// Centre for AI Safety and Evaluation", "Instituto Tamarés de Seguridad de la IA", "Tamarer
/// Institut für KI-Sicherheit", "Tamaraans Centrum voor AI-Evaluatie". Around a word that says what
/// the body is, up to two capitalised words before it and capitalised words joined by linking
/// words after it, ending on a capitalised one. Names of three words or more only: shorter ones
/// are <see cref="OrgFinder"/>'s. Another outlet may give the name as its initials ("TCASE").
/// </summary>
internal static class InstitutionNameFinder
{
    private const int MinWords = 3;
    // "Pyrenean AI Safety Institute": English puts a name's own word before "AI Safety"; elsewhere
    // the words before a body word are fewer ("Tamarer Institut", "Nationaal instituut").
    private static int MaxBefore(string language) => language == "en" ? 3 : 2;
    private const int MaxAfter = 12;

    private static readonly HashSet<string> BodyWords = new(StringComparer.Ordinal)
    {
        "centro", "centrum", "zentrum", "centre", "center", "agencia", "agence", "agenzia", "agentschap", "office", "bureau", "oficina", "ufficio",
        "authority", "autoridad", "autorite", "autorita", "autoriteit", "observatory", "observatorio", "osservatorio", "observatoire",
        "institute", "instituto", "istituto", "institut", "instituut", "rijksinstituut", "bundesamt", "bundesstelle",
    };

    // The short words inside a body's name, in the seven languages.
    private static readonly HashSet<string> LinkWords = new(StringComparer.Ordinal)
    {
        "for", "of", "and", "the", "on", "fur", "und", "der", "des", "die", "voor", "van", "en", "het", "de", "del", "della", "dello", "dei", "degli",
        "delle", "da", "do", "dos", "das", "e", "y", "la", "le", "les", "l", "per", "pour", "sur", "et", "para", "d", "di", "du", "dell", "al", "au", "aux", "a",
        "sul", "sull", "sulla", "sui", "sugli", "sulle", "sobre",
    };

    // Where names are written in sentence case, outlets also describe a public body in lower case
    // ("l'institut japonais de sûreté de l'IA", "el instituto de seguridad de la IA"); these words
    // are a public body's only, where an office or a centre may as well be a company's unit.
    private static readonly HashSet<string> PublicBodyWords = new(StringComparer.Ordinal)
    {
        "instituto", "istituto", "institut", "instituut", "agencia", "agence", "agenzia", "agentschap", "autoridad", "autorite", "autorita", "autoriteit",
        "observatorio", "osservatorio", "observatoire",
    };

    // "Data Center", "Centro de Datos", "Rechenzentrum": a data centre is a building, no body.
    private static readonly HashSet<string> DataWords = new(StringComparer.Ordinal) { "data", "datos", "dados", "dati", "daten", "donnees" };

    /// <param name="knownNameWords">The words of names the gazetteer knows, which no finder names again.</param>
    public static void Find(string text, List<TextToken> tokens, List<PhraseMatch<Cue>> cues, bool[] claimed, bool[] knownNameWords, KnowledgeBase knowledge, string language, ProminenceMap prominence, EntityList orgs)
    {
        if (!tokens.Exists(t => IsBodyWord(t, knowledge) || (language == "de" && GermanBody.MayOpenName(t))))
            return;
        // Jobs and events are no part of a name: "Institute Director", "Centre Dissolves". A verb
        // around its object ("löst sein Amt für KI-Sicherheit auf") stops names at its own words only.
        var stops = new bool[tokens.Count];
        foreach (var cue in cues.Where(c => c.Value.Kind is CueKind.Role or CueKind.Event))
        {
            if (cue.Value.HasGap)
                stops[cue.FirstToken] = stops[cue.EndToken - 1] = true;
            else
                Array.Fill(stops, true, cue.FirstToken, cue.TokenCount);
        }
        // French, Italian, Spanish, Portuguese and Dutch capitalise only a body's first word
        // ("Centre tamarien d'évaluation des systèmes d'IA"): there the name runs on through
        // lower-case words and ends on the last word of its field of work.
        var (field, aiField) = SentenceCase.Contains(language) ? FieldWords(tokens, cues) : (null, null);
        for (var i = 0; i < tokens.Count; i++)
        {
            var compound = language == "de" && GermanBody.OpensName(tokens, i);
            var opensName = tokens[i].IsCapitalised || OpensInSentenceCase(tokens, field, i);
            var described = !opensName && field is not null && PublicBodyWords.Contains(tokens[i].Forms.Surface);
            if (!(opensName || described) || IsTakenBodyWord(tokens, claimed, knownNameWords, field, i) || stops[i] || !(compound || IsBodyWord(tokens[i], knowledge)))
                continue;
            var first = i;
            while (first > 0 && i - first < MaxBefore(language) && IsNameWordBefore(text, tokens, claimed, stops, knowledge, first - 1) && !Article.Is(tokens[first - 1])
                && IsWordBefore(tokens[first - 1], knowledge, language)
                && (language != "de" || IsHyphenated(text, tokens, first) || (i - first < 1 && (!compound || IsGermanAdjective(tokens[first - 1]))))
                && tokens[first - 1].Sentence == tokens[first].Sentence && (IsHyphenated(text, tokens, first) || text.AsSpan(tokens[first - 1].End, tokens[first].Start - tokens[first - 1].End) is " "))
                first--;
            var end = NameEnd(text, tokens, claimed, stops, knowledge, i, field);
            // "Schelde-instituut voor AI-veiligheid": a name joined on by a hyphen makes the body named.
            described &= !(first < i && IsHyphenated(text, tokens, i));
            // "l'institut canadien de sécurité de l'IA": a body described in lower case is named
            // by the AI work it ends on; "un institut de recherche" or "la agencia de seguridad
            // alimentaria" names none.
            if (described && (first != i || !aiField![end - 1] || IndefiniteArticle.Precedes(tokens, i)))
                continue;
            var words = end - first;
            if (words < MinWords || !NamesOne(tokens, first, end, i, sentenceCase: field is not null) || HoldsData(tokens, first, end))
                continue;
            var name = text[tokens[first].Start..tokens[end - 1].End];
            // A description counts only where the item gives the body no name of its own.
            orgs.Add(compound && first == i ? GermanBody.Nominative(name, tokens[i]) : name, described ? Prominence.Aside : prominence.At(first));
            Array.Fill(claimed, true, first, words);
            i = end - 1;
        }
    }

    // The words of a name any country's body is called ("AI Safety Institute"), with its field.
    private static readonly HashSet<string> FieldOfAnyBody = new(StringComparer.Ordinal)
    {
        "safety", "security", "securite", "surete", "sicherheit", "seguridad", "sicurezza", "seguranca", "veiligheid",
    };

    /// <summary>
    /// "the Pyrenean AI Safety Institute", "Saar-Moselle AI Safety Institute": a known name that any
    /// country's body is called, right after a word of a name of its own, is the end of that
    /// longer name, which this finder then names whole.
    /// </summary>
    /// <param name="changeOrJobWords">The words of event and job cues.</param>
    public static bool IsInALongerName(string text, List<TextToken> tokens, bool[] changeOrJobWords, KnowledgeBase knowledge, PhraseMatch<GazetteerEntry> known)
    {
        var at = known.FirstToken;
        if (at == 0 || !known.Value.Name.Split(' ').All(word => IsAnyBodysWord(word.ToLowerInvariant())))
            return false;
        var before = tokens[at - 1];
        var gap = text.AsSpan(before.End, tokens[at].Start - before.End);
        // "... Joins Center for AI Safety", "Former AI Safety Institute chief": a title-case verb or
        // job word is no name's own word.
        return before.IsCapitalised && before.Sentence == tokens[at].Sentence && gap is " " or "-" && !Article.Is(before)
            && !knowledge.NotNames.Contains(before.Forms.Surface) && !knowledge.GivenNames.Contains(before.Forms.Surface)
            && !changeOrJobWords[at - 1];
    }

    private static bool IsAnyBodysWord(string word) => NamesAnyBody(word) || LinkWords.Contains(word);

    // "AI", "Safety", "Institute": the words, not the links, of a name every country's body has.
    private static bool NamesAnyBody(string word) => GenericWords.Contains(word) || BodyWords.Contains(word) || FieldOfAnyBody.Contains(word);

    // A word another finder has taken. A scope cue claims "Safety Institute", whose body word still
    // ends a name where names are written in title case; in sentence case it opens the cue's own words.
    private static bool IsTakenBodyWord(List<TextToken> tokens, bool[] claimed, bool[] knownNameWords, bool[]? field, int i) =>
        claimed[i] && (knownNameWords[i] || !tokens[i].IsCapitalised || field is not null);

    // Before the body word: no demonym the text puts before a name ("la italiana Fondazione ...",
    // "de Tamaraanse Fondazione ..."), but the words a public body is named with ("National Centre").
    // German capitalises every noun, so there one word at most ("Kieler Denkfabrik Stiftung ...").
    private static readonly HashSet<string> PublicWords = new(StringComparer.Ordinal) { "national", "nationale", "federal", "regional", "nationaal", "federaal" };

    // "Schweizer", "Eidgenössische", "Bayerisches": German names a body written as one compound
    // after its place with an adjective ("Fünf Jahre Bundesinstitut ..." puts a plain noun there);
    // before a separate body word ("Kieler Denkfabrik Stiftung", "des Marlow Institute") any one
    // word may stand. An adjective declined
    // for another case ("der Eidgenössischen Fachstelle") is left out, since the name is given in
    // the nominative.
    private static readonly string[] GermanAdjectiveEndings = ["er", "sche", "scher", "sches"];

    private static bool IsGermanAdjective(TextToken token) =>
        Array.Exists(GermanAdjectiveEndings, ending => token.Forms.Surface.EndsWith(ending, StringComparison.Ordinal));

    // "Nationaal instituut voor ...", "Nacional agencia ...": in sentence case the body word may come second.
    private static bool OpensInSentenceCase(List<TextToken> tokens, bool[]? field, int i) =>
        field is not null && i > 0 && tokens[i - 1].IsCapitalised && PublicWords.Contains(tokens[i - 1].Forms.Surface);

    private static bool IsWordBefore(TextToken token, KnowledgeBase knowledge, string language) =>
        (!knowledge.NotNames.Contains(token.Forms.Surface) || PublicWords.Contains(token.Forms.Surface) || NamesAnyBody(token.Forms.Surface))
        && !PersonFinder.IsDutchPlaceAdjective(token, knowledge, language);

    // "Instituto Nacional de IA" is any country's: a name needs a word that is neither the body
    // word, a linking word, nor one every country's body is named with.
    private static readonly HashSet<string> GenericWords = new(StringComparer.Ordinal)
    {
        "ai", "ia", "ki", "national", "nacional", "nazionale", "nationaal", "nationale", "federal", "federaal", "intelligence", "inteligencia",
        "intelligenza", "artificielle", "artificial", "artificiale", "kunstmatige",
    };

    // In sentence case the distinctive words are written in lower case ("... de valutazione dei modelli").
    private static bool NamesOne(List<TextToken> tokens, int first, int end, int bodyWord, bool sentenceCase)
    {
        for (var t = first; t < end; t++)
        {
            var word = tokens[t].Forms.Surface;
            if (t != bodyWord && (tokens[t].IsCapitalised || (sentenceCase && !LinkWords.Contains(word))) && !GenericWords.Contains(word))
                return true;
        }

        return false;
    }

    private static bool HoldsData(List<TextToken> tokens, int first, int end)
    {
        for (var t = first; t < end; t++)
        {
            if (DataWords.Contains(tokens[t].Forms.Surface))
                return true;
        }

        return false;
    }

    private static bool IsBodyWord(TextToken token, KnowledgeBase knowledge) =>
        BodyWords.Contains(token.Forms.Surface) || knowledge.InstitutionWords.Contains(token.Forms.Surface) || knowledge.InstitutionEnds.Contains(token.Forms.Surface);

    // Past the last capitalised word joined to the body word: linking words count only between
    // capitalised ones. Where names are written in sentence case, lower-case words go on too, and
    // the name may end on a word of its field ("... dei modelli", "... d'IA").
    private static int NameEnd(string text, List<TextToken> tokens, bool[] claimed, bool[] stops, KnowledgeBase knowledge, int at, bool[]? field)
    {
        var end = at + 1;
        // "Instituto Parnaíba para la seguridad de la IA": a proper name after the body word ends
        // it, and what follows in lower case says what the body does.
        var hasProperName = false;
        for (var next = at + 1; next < tokens.Count && next - at <= MaxAfter && IsGap(text, tokens[next - 1], tokens[next]) && !stops[next]; next++)
        {
            if (tokens[next].IsCapitalised && IsNameWord(text, tokens, claimed, stops, knowledge, next))
            {
                end = next + 1;
                hasProperName |= !GenericWords.Contains(tokens[next].Forms.Surface);
            }
            else if (field is not null && !hasProperName && !tokens[next].IsCapitalised && field[next])
                end = next + 1;
            else if (hasProperName && !tokens[next].IsCapitalised && !LinkWords.Contains(tokens[next].Forms.Surface))
                break;
            else if (field is not null && !tokens[next].IsCapitalised && !GoesOnInSentenceCase(tokens, at, next))
                break;
            else if (tokens[next].IsCapitalised || (field is null && !LinkWords.Contains(tokens[next].Forms.Surface)))
                break;
        }

        return end;
    }

    private static readonly HashSet<string> SentenceCase = new(StringComparer.Ordinal) { "fr", "it", "es", "pt", "nl" };

    // Demonyms and public words written after the body word: "tamarien", "española", "lombardo", "alpino", "Vlaamse".
    // Folded, as words are compared: "japonés" and "tamarês" end in "es".
    private static readonly string[] AdjectiveEndings = ["ese", "es", "ais", "aise", "ien", "ienne", "ano", "ana", "ola", "ol", "esa", "ense", "ale", "al", "se", "ique", "ico", "ica", "in", "ino", "een", "eenne"];

    // In sentence case a lower-case word belongs to the name as a linking word, as the noun a
    // linking word opens ("d'évaluation", "voor toetsing") or as an adjective right after the body
    // word ("nazionale", "tamarien"); any other word is the sentence going on ("L'Agenzia
    // pubblica nuove linee guida ...", where "pubblica" is a verb).
    private static bool GoesOnInSentenceCase(List<TextToken> tokens, int bodyWord, int next)
    {
        var word = tokens[next].Forms.Surface;
        if (LinkWords.Contains(word) || LinkWords.Contains(tokens[next - 1].Forms.Surface))
            return true;
        return next == bodyWord + 1 && (PublicWords.Contains(word) || GenericWords.Contains(word) || IsAdjective(word));
    }

    private static bool IsAdjective(string word) =>
        word.Length > 4 && Array.Exists(AdjectiveEndings, ending => word.EndsWith(ending, StringComparison.Ordinal));

    // The words of AI-safety work and of AI itself, where a body's name in sentence case may end;
    // and those of AI alone, which a body only described must end on (no "safety" that may be a
    // food agency's).
    private static (bool[] Field, bool[] AiField) FieldWords(List<TextToken> tokens, List<PhraseMatch<Cue>> cues)
    {
        var field = new bool[tokens.Count];
        var aiField = new bool[tokens.Count];
        foreach (var cue in cues)
        {
            if (cue.Value.Kind is CueKind.Scope or CueKind.ScopeIfAi or CueKind.AiContext)
                Array.Fill(field, true, cue.FirstToken, cue.TokenCount);
            if (cue.Value.Kind is CueKind.Scope or CueKind.AiContext)
                Array.Fill(aiField, true, cue.FirstToken, cue.TokenCount);
        }

        return (field, aiField);
    }

    // A capitalised word in the body's sentence that names no person, job or event. Scope words
    // ("AI Safety") are claimed by their cue but belong to the name.
    private static bool IsNameWord(string text, List<TextToken> tokens, bool[] claimed, bool[] stops, KnowledgeBase knowledge, int at)
    {
        var token = tokens[at];
        return token.IsCapitalised && !stops[at] && !knowledge.GivenNames.Contains(token.Forms.Surface) && !char.IsDigit(text[token.Start])
            && (!claimed[at] || char.IsUpper(text[token.Start]));
    }

    // "Schelde-Maas Instituut", "Saar-Mosel-Institut": a place written with a hyphen is one word of the name.
    private static bool IsHyphenated(string text, List<TextToken> tokens, int at) =>
        at > 0 && tokens[at].Start == tokens[at - 1].End + 1 && text[tokens[at - 1].End] == '-';

    // "Pyrenean AI Safety Institute": "AI" is a given name too, but not before a body word.
    private static bool IsNameWordBefore(string text, List<TextToken> tokens, bool[] claimed, bool[] stops, KnowledgeBase knowledge, int at) =>
        IsNameWord(text, tokens, claimed, stops, knowledge, at) || (tokens[at].IsCapitalised && !stops[at] && GenericWords.Contains(tokens[at].Forms.Surface));

    // One space, an apostrophe ("de l'IA") or a hyphen ("KI-Sicherheit"); never a comma or a bracket.
    private static bool IsGap(string text, TextToken left, TextToken right)
    {
        if (left.Sentence != right.Sentence)
            return false;
        var gap = text.AsSpan(left.End, right.Start - left.End);
        return gap is " " or "'" or "’" or "-";
    }
}
