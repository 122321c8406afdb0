using NewsWatch.Core.Classification.Knowledge;
using NewsWatch.Core.Classification.Text;

namespace NewsWatch.Core.Classification.Entities;

/// <summary>
/// Names public bodies by their whole name, which runs across short linking words: "National
/// Centre for AI Safety and Evaluation", "Instituto Canadiense de Seguridad de la IA", "Schweizer
/// Institut für KI-Sicherheit", "Vlaams Centrum voor AI-Evaluatie". Around a word that says what
/// the body is, up to two capitalised words before it and capitalised words joined by linking
/// words after it, ending on a capitalised one. Names of three words or more only: shorter ones
/// are <see cref="OrgFinder"/>'s. Another outlet may give the name as its initials ("NCASE").
/// </summary>
internal static class InstitutionNameFinder
{
    private const int MinWords = 3;
    private const int MaxBefore = 2;
    private const int MaxAfter = 12;

    private static readonly HashSet<string> BodyWords = new(StringComparer.Ordinal)
    {
        "centro", "centrum", "zentrum", "centre", "center", "agencia", "agence", "agenzia", "agentschap", "office", "bureau", "oficina", "ufficio",
        "authority", "autoridad", "autorite", "autorita", "autoriteit", "observatory", "observatorio", "osservatorio", "observatoire",
    };

    // The short words inside a body's name, in the seven languages.
    private static readonly HashSet<string> LinkWords = new(StringComparer.Ordinal)
    {
        "for", "of", "and", "the", "on", "fur", "und", "der", "des", "die", "voor", "van", "en", "het", "de", "del", "della", "dello", "dei", "degli",
        "delle", "da", "do", "dos", "das", "e", "y", "la", "le", "les", "l", "per", "pour", "sur", "et", "para",
    };

    // "Data Center", "Centro de Datos", "Rechenzentrum": a data centre is a building, no body.
    private static readonly HashSet<string> DataWords = new(StringComparer.Ordinal) { "data", "datos", "dados", "dati", "daten", "donnees" };

    // "The Halberd Institute", "El Centro Nacional ...", "Het Vlaams Centrum ...": a sentence's capitalised article is no part of the name.
    private static readonly HashSet<string> Articles = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "le", "la", "les", "l", "un", "une", "der", "die", "das", "dem", "den", "ein", "eine", "el", "los", "las", "il", "lo", "gli",
        "o", "os", "as", "um", "uma", "het", "een", "de",
    };

    public static void Find(string text, List<TextToken> tokens, List<PhraseMatch<Cue>> cues, bool[] claimed, KnowledgeBase knowledge, string language, ProminenceMap prominence, EntityList orgs)
    {
        if (!tokens.Exists(t => t.IsCapitalised && IsBodyWord(t, knowledge)))
            return;
        // Jobs and events are no part of a name: "Institute Director", "Centre Dissolves".
        var stops = new bool[tokens.Count];
        foreach (var cue in cues.Where(c => c.Value.Kind is CueKind.Role or CueKind.Event))
            Array.Fill(stops, true, cue.FirstToken, cue.TokenCount);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!tokens[i].IsCapitalised || claimed[i] || stops[i] || !IsBodyWord(tokens[i], knowledge))
                continue;
            var first = i;
            while (first > 0 && i - first < MaxBefore && IsNameWord(text, tokens, claimed, stops, knowledge, first - 1) && !Articles.Contains(tokens[first - 1].Forms.Surface)
                && IsWordBefore(tokens[first - 1], knowledge, language) && (language != "de" || i - first < 1)
                && tokens[first - 1].Sentence == tokens[first].Sentence && text.AsSpan(tokens[first - 1].End, tokens[first].Start - tokens[first - 1].End) is " ")
                first--;
            var end = NameEnd(text, tokens, claimed, stops, knowledge, i);
            var words = end - first;
            if (words < MinWords || !NamesOne(tokens, first, end, i) || HoldsData(tokens, first, end))
                continue;
            orgs.Add(text[tokens[first].Start..tokens[end - 1].End], prominence.At(first));
            Array.Fill(claimed, true, first, words);
            i = end - 1;
        }
    }

    // Before the body word: no demonym the text puts before a name ("la italiana Fondazione ...",
    // "de Italiaanse Fondazione ..."), but the words a public body is named with ("National Centre").
    // German capitalises every noun, so there one word at most ("Berliner Denkfabrik Stiftung ...").
    private static readonly HashSet<string> PublicWords = new(StringComparer.Ordinal) { "national", "federal", "regional", "nationaal", "federaal" };

    private static bool IsWordBefore(TextToken token, KnowledgeBase knowledge, string language) =>
        (!knowledge.NotNames.Contains(token.Forms.Surface) || PublicWords.Contains(token.Forms.Surface))
        && !PersonFinder.IsDutchPlaceAdjective(token, knowledge, language);

    // "Instituto Nacional de IA" is any country's: a name needs a word that is neither the body
    // word, a linking word, nor one every country's body is named with.
    private static readonly HashSet<string> GenericWords = new(StringComparer.Ordinal)
    {
        "ai", "ia", "ki", "national", "nacional", "nazionale", "nationaal", "nationale", "federal", "federaal",
    };

    private static bool NamesOne(List<TextToken> tokens, int first, int end, int bodyWord)
    {
        for (var t = first; t < end; t++)
        {
            var word = tokens[t].Forms.Surface;
            if (t != bodyWord && tokens[t].IsCapitalised && !GenericWords.Contains(word))
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

    // Past the last capitalised word joined to the body word: linking words count only between capitalised ones.
    private static int NameEnd(string text, List<TextToken> tokens, bool[] claimed, bool[] stops, KnowledgeBase knowledge, int at)
    {
        var end = at + 1;
        for (var next = at + 1; next < tokens.Count && next - at <= MaxAfter && IsGap(text, tokens[next - 1], tokens[next]); next++)
        {
            if (tokens[next].IsCapitalised && IsNameWord(text, tokens, claimed, stops, knowledge, next))
                end = next + 1;
            else if (tokens[next].IsCapitalised || !LinkWords.Contains(tokens[next].Forms.Surface))
                break;
        }

        return end;
    }

    // A capitalised word in the body's sentence that names no person, job or event. Scope words
    // ("AI Safety") are claimed by their cue but belong to the name.
    private static bool IsNameWord(string text, List<TextToken> tokens, bool[] claimed, bool[] stops, KnowledgeBase knowledge, int at)
    {
        var token = tokens[at];
        return token.IsCapitalised && !stops[at] && !knowledge.GivenNames.Contains(token.Forms.Surface) && !char.IsDigit(text[token.Start])
            && (!claimed[at] || char.IsUpper(text[token.Start]));
    }

    // One space, an apostrophe ("de l'IA") or a hyphen ("KI-Sicherheit"); never a comma or a bracket.
    private static bool IsGap(string text, TextToken left, TextToken right)
    {
        if (left.Sentence != right.Sentence)
            return false;
        var gap = text.AsSpan(left.End, right.Start - left.End);
        return gap is " " or "'" or "’" or "-";
    }
}
