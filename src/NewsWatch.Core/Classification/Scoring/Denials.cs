using NewsWatch.Core.Classification.Knowledge;
using NewsWatch.Core.Classification.Text;

namespace NewsWatch.Core.Classification.Scoring;

/// <summary>
/// Which changes a denial takes back: "denies it will disband", "has denied reports that he is
/// about to leave", a headline that asks about a change and then denies it.
/// </summary>
internal static class Denials
{
    // "denies it will disband", "desmiente que vaya a cerrar": a denial takes back the change told
    // within a few words after it in its sentence, not one told further on ("denies that safety
    // concerns were behind the lead's exit").
    private const string DenialLabel = "denial";
    private const int DenialReach = 4;

    // "has denied reports that he is about to leave the company": a denial of reports or rumours
    // takes back the whole clause that tells them, up to a comma or a conjunction.
    private const int ReportDenialReach = 12;
    private static readonly HashSet<string> ReportWords = new(StringComparer.Ordinal)
    {
        "report", "reports", "rumour", "rumours", "rumor", "rumors", "speculation", "bericht", "berichte", "medienbericht", "medienberichte",
        "geruchte", "spekulationen", "informations", "rumeurs", "informacion", "informaciones", "rumores", "notizia", "notizie", "voci",
        "noticia", "noticias", "berichten", "geruchten", "speculaties",
    };

    private static readonly System.Buffers.SearchValues<char> ClauseBreaks = System.Buffers.SearchValues.Create(",;:.!?");
    // And what opens another clause: "denies reports of a sale as its safety head quits".
    private static readonly HashSet<string> Conjunctions = new(StringComparer.Ordinal)
    {
        "and", "but", "as", "while", "whereas", "when", "after", "et", "mais", "alors", "tandis", "quand", "apres", "und", "aber", "wahrend", "als",
        "nachdem", "y", "pero", "mientras", "cuando", "tras", "e", "ma", "mentre", "quando", "dopo", "mas", "enquanto", "apos", "en", "maar", "terwijl",
        "toen", "nadat",
    };

    // "Why did the safety lead quit? The lab denies any rift": a why-question takes the change as
    // given, so a denial after it denies something else.
    private static readonly HashSet<string> WhyWords = new(StringComparer.Ordinal) { "why", "pourquoi", "warum", "weshalb", "por", "porque", "perche", "waarom" };

    /// <summary>Whether the cue is a denial ("denies", "dément", "smentisce").</summary>
    public static bool IsDenial(Cue cue) => cue.Kind == CueKind.Lookalike && cue.Label == DenialLabel;

    /// <summary>The denial that takes back this event cue, if any.</summary>
    public static PhraseMatch<Cue>? Of(string text, int eventIndex, List<PhraseMatch<Cue>> cues, List<TextToken> tokens, bool[]? questions)
    {
        var eventMatch = cues[eventIndex];
        for (var i = eventIndex - 1; i >= 0 && eventMatch.FirstToken - cues[i].FirstToken <= SignalCollector.MaxCueSpan + ReportDenialReach; i--)
        {
            var m = cues[i];
            // A separable denial may hold the change it denies: "weist Bericht über Auflösung ... zurück".
            if (!IsDenial(m.Value) || m.FirstToken >= eventMatch.FirstToken
                || tokens[m.FirstToken].Sentence != tokens[eventMatch.FirstToken].Sentence)
                continue;
            var gap = eventMatch.FirstToken - m.EndToken;
            if ((gap <= DenialReach || (gap <= ReportDenialReach && (DeniesReports(m, tokens) || StartsAClause(m, tokens)) && IsOneClause(text, tokens, m.EndToken, eventMatch.FirstToken)))
                && !DeniesAReason(text, m, eventMatch, tokens))
                return m;
        }

        return QuestionDenied(eventIndex, cues, tokens, questions);
    }

    /// <summary>The denial in the sentence of the cue at <paramref name="index"/>, if any.</summary>
    public static PhraseMatch<Cue>? InSentence(int index, List<PhraseMatch<Cue>> cues, List<TextToken> tokens)
    {
        var sentence = tokens[cues[index].FirstToken].Sentence;
        foreach (var m in cues)
        {
            if (IsDenial(m.Value) && tokens[m.FirstToken].Sentence == sentence)
                return m;
        }

        return null;
    }

    // "desmiente que su jefa de alineamiento vaya a dejar la empresa": a denial followed by "that"
    // denies what the clause it opens tells, however many words its subject takes.
    private static readonly HashSet<string> ThatWords = new(StringComparer.Ordinal) { "that", "que", "qu", "dass", "dat", "che" };

    // "denies that safety concerns were behind the lead's exit", "denies that she quit over
    // safety disputes": a denial of a reason or a link, not of the change.
    private static readonly HashSet<string> CauseWords = new(StringComparer.Ordinal)
    {
        "behind", "cause", "caused", "reason", "prompted", "motivated", "linked", "related", "due", "because", "derriere", "raison",
        "parce", "lien", "lie", "hinter", "grund", "ursache", "wegen", "weil", "zusammenhang", "detras", "causa", "motivo", "razon", "debido",
        "deba", "porque", "relacion", "dietro", "ragione", "perche", "via", "legato", "legata", "achter", "reden", "oorzaak", "vanwege", "omdat",
        "verband", "ligado", "ligada",
    };

    // A reason told after the change: "denies that she quit over safety disputes" ("over" is
    // "about" before it: "denies reports over the closure").
    private static readonly HashSet<string> CauseWordsAfter = new(StringComparer.Ordinal) { "over" };

    private static bool StartsAClause(PhraseMatch<Cue> denial, List<TextToken> tokens) =>
        denial.EndToken < tokens.Count && ThatWords.Contains(tokens[denial.EndToken].Forms.Surface);

    // The words from the denial to the end of the change's clause (at most ReportDenialReach past it) name a reason.
    private static bool DeniesAReason(string text, PhraseMatch<Cue> denial, PhraseMatch<Cue> change, List<TextToken> tokens)
    {
        var sentence = tokens[change.FirstToken].Sentence;
        for (var t = denial.EndToken; t < tokens.Count && t < change.EndToken + ReportDenialReach && tokens[t].Sentence == sentence; t++)
        {
            if (t > change.EndToken && text.AsSpan(tokens[t - 1].End, tokens[t].Start - tokens[t - 1].End).ContainsAny(ClauseBreaks))
                break;
            var surface = tokens[t].Forms.Surface;
            if ((t < change.FirstToken || t >= change.EndToken) && CauseWords.Contains(surface) || (t >= change.EndToken && CauseWordsAfter.Contains(surface)))
                return true;
        }

        return false;
    }

    // "denied a trade newsletter's report that ...": a report named a few words after the verb
    // counts when a that-clause tells what it said; "who denied a report in May quits" denies no exit.
    private const int ReportObjectReach = 5;

    // The denial names the reports it denies, within it or right after it ("dément les rumeurs", "denied reports").
    private static bool DeniesReports(PhraseMatch<Cue> denial, List<TextToken> tokens)
    {
        var sentence = tokens[denial.FirstToken].Sentence;
        for (var t = denial.FirstToken; t <= denial.EndToken + ReportObjectReach && t < tokens.Count && tokens[t].Sentence == sentence; t++)
        {
            if (!ReportWords.Contains(tokens[t].Forms.Surface))
                continue;
            if (t <= denial.EndToken || (t + 1 < tokens.Count && tokens[t + 1].Sentence == sentence && ThatWords.Contains(tokens[t + 1].Forms.Surface)))
                return true;
        }

        return false;
    }

    // No comma, colon, stop or conjunction from the denial to the change: "denied wrongdoing and resigned" denies no resignation.
    private static bool IsOneClause(string text, List<TextToken> tokens, int from, int to)
    {
        for (var t = from; t < to; t++)
        {
            if (Conjunctions.Contains(tokens[t].Forms.Surface) || text.AsSpan(tokens[t - 1].End, tokens[t].Start - tokens[t - 1].End).ContainsAny(ClauseBreaks))
                return false;
        }

        return to < tokens.Count && !text.AsSpan(tokens[to - 1].End, tokens[to].Start - tokens[to - 1].End).ContainsAny(ClauseBreaks);
    }

    // "Goodbye to the safety team? The lab denies it": a headline that asks about a change and then
    // denies it denies that change, though the denial comes after it.
    private static PhraseMatch<Cue>? QuestionDenied(int eventIndex, List<PhraseMatch<Cue>> cues, List<TextToken> tokens, bool[]? questions)
    {
        var eventMatch = cues[eventIndex];
        var sentence = tokens[eventMatch.FirstToken].Sentence;
        if (questions is null || !tokens[eventMatch.FirstToken].InTitle || !questions[sentence])
            return null;
        for (var i = eventIndex + 1; i < cues.Count && tokens[cues[i].FirstToken].InTitle; i++)
        {
            var m = cues[i];
            if (IsDenial(m.Value) && tokens[m.FirstToken].Sentence > sentence)
                return m;
        }

        return null;
    }

    // Which sentences ask whether something happens (end with a question mark, and do not ask why), in one pass over the tokens.
    public static bool[] QuestionSentences(string text, List<TextToken> tokens)
    {
        var questions = new bool[tokens.Count == 0 ? 1 : tokens[^1].Sentence + 1];
        var asksWhy = false;
        for (var t = 0; t < tokens.Count; t++)
        {
            if (t == 0 || tokens[t - 1].Sentence != tokens[t].Sentence)
                asksWhy = WhyWords.Contains(tokens[t].Forms.Surface);
            if (t + 1 < tokens.Count && tokens[t + 1].Sentence == tokens[t].Sentence)
                continue;
            // The sentence's last word: what follows it up to the next word says how it ends.
            var end = t + 1 < tokens.Count ? tokens[t + 1].Start : text.Length;
            var i = tokens[t].End;
            while (i < end && text[i] != '?' && text[i] != '.')
                i++;
            questions[tokens[t].Sentence] = i < end && text[i] == '?' && !asksWhy;
        }

        return questions;
    }
}
