using System.Collections.Frozen;
using NewsWatch.Core.Classification.Knowledge;
using NewsWatch.Core.Classification.Scoring;
using NewsWatch.Core.Classification.Text;

namespace NewsWatch.Core.Classification.Entities;

/// <summary>
/// Names teams the text names in quotation marks, as the press writes a team's own name: beside
/// a word for a team (l'équipe « IA responsable », the "Quiet Lantern" team, „Modellwacht“-Team),
/// or after a word that gives a team a new name (rebaptisée « Vigie », renamed "Lanthorne", heißt
/// künftig „Modellwacht“, in „Prüfkern KI“ umbenannt) in a sentence about a team. A quotation
/// that opens in lower case, runs long or holds a clause's punctuation is someone's words, not a
/// name; one after "called" or "named" may be a memo's, a tool's or a nickname.
/// </summary>
internal static class QuotedTeamFinder
{
    private const int MaxWords = 6;

    // More than this in one item is a list or an attack, not news about teams.
    private const int MaxTeams = 16;

    // The quotation mark that closes each opening one. "“" opens in English and French and closes German's „.
    private static readonly FrozenDictionary<char, string> Closers = new Dictionary<char, string>
    {
        ['«'] = "»",
        ['„'] = "“”",
        ['“'] = "”",
        ['"'] = "\"",
        ['‘'] = "’",
        ['\''] = "'",
    }.ToFrozenDictionary();

    // "heißt künftig „X“", "se llamará a partir de ahora": the name a team is called from now on.
    private static readonly FrozenSet<string> FromNowOn = WordSet.Of("kunftig", "nun", "jetzt", "fortan", "voortaan", "desormais", "henceforth");

    // "heißt künftig", "heet voortaan": to be called, said only with a word of time between.
    private static readonly FrozenSet<string> IsCalled = WordSet.Of("heisst", "heißt", "heet", "s'appelle", "appelle");

    private const string ClosingMarks = "»“”\"’'";

    // Straight and English marks are also apostrophes ("l'IA", "Model Safety's"): they open a quotation only after a space.
    private const string ApostropheLike = "\"“‘'";

    public static void Find(
        string text, List<TextToken> tokens, List<PhraseMatch<Cue>> cues, FrozenSet<string> namingWords, FrozenSet<string> renamingWords, ProminenceMap prominence, EntityList teams, Dictionary<string, string> kinds)
    {
        if (tokens.Count == 0)
            return;
        var context = new NameContext(text, tokens, new bool[tokens.Count], new bool[tokens[^1].Sentence + 1], new bool[tokens[^1].Sentence + 1], namingWords, renamingWords);
        foreach (var cue in cues)
        {
            var sentence = tokens[cue.FirstToken].Sentence;
            if (cue.Value.Kind == CueKind.TeamNoun)
            {
                Array.Fill(context.TeamWord, true, cue.FirstToken, cue.TokenCount);
                context.SentenceHasTeam[sentence] = true;
            }

            context.SentenceRenames[sentence] |= cue.Value.Event is AlertEvent.Formation or AlertEvent.Restructuring;
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            if (TeamFinder.IsTeamCompound(tokens[i].Forms.Surface))
            {
                context.TeamWord[i] = true;
                context.SentenceHasTeam[tokens[i].Sentence] = true;
            }
        }

        var found = 0;
        var first = 0;
        while (first < tokens.Count && found < MaxTeams)
        {
            if (!tokens[first].IsCapitalised || OpeningQuote(text, tokens, first) is not { } opener)
            {
                first++;
                continue;
            }

            var end = QuotationEnd(text, tokens, first, Closers[opener]);
            if (end < 0)
            {
                first++;
                continue;
            }

            if (context.IsNamedTeam(first, end))
            {
                var name = text[tokens[first].Start..tokens[end - 1].End];
                teams.Add(name, prominence.At(first));
                var scope = cues.Find(c => c.Value.Kind is CueKind.Scope or CueKind.ScopeIfAi && c.FirstToken >= first && c.EndToken <= end);
                if (scope.Value is not null)
                    kinds.TryAdd(NameKey.Of(name), TeamKind.Of(scope.Value.Label));
                found++;
            }

            first = end;
        }
    }

    /// <param name="TeamWord">Which tokens are a word for a team.</param>
    /// <param name="SentenceHasTeam">Which sentences hold a word for a team.</param>
    /// <param name="SentenceRenames">Which sentences tell a unit set up or reorganised, where a name given is the unit's.</param>
    private sealed record NameContext(
        string Text, List<TextToken> Tokens, bool[] TeamWord, bool[] SentenceHasTeam, bool[] SentenceRenames, FrozenSet<string> NamingWords, FrozenSet<string> RenamingWords)
    {
        public bool IsNamedTeam(int first, int end)
        {
            var sentence = Tokens[first].Sentence;
            // l'équipe « X », the "X" team, „X“-Team; not „X“: Sicherheitsteam ...
            if ((InSentence(first - 1, sentence) && TeamWord[first - 1]) || (InSentence(end, sentence) && TeamWord[end] && IsRightBefore(Text, Tokens, end)))
                return true;
            if (!SentenceHasTeam[sentence])
                return false;
            // rebaptisée « X », heißt künftig „X“, in „X“ umbenannt; baptisée « X » where a unit is set up.
            return GivesName(first - 1, sentence)
                || (InSentence(first - 2, sentence) && FromNowOn.Contains(Tokens[first - 1].Forms.Surface)
                    && (GivesName(first - 2, sentence) || IsCalled.Contains(Tokens[first - 2].Forms.Surface)))
                || (GivesName(end, sentence) && IsRightBefore(Text, Tokens, end));
        }

        private bool GivesName(int t, int sentence) =>
            InSentence(t, sentence) && (RenamingWords.Contains(Tokens[t].Forms.Surface) || (SentenceRenames[sentence] && NamingWords.Contains(Tokens[t].Forms.Surface)));

        private bool InSentence(int t, int sentence) => t >= 0 && t < Tokens.Count && Tokens[t].Sentence == sentence;
    }

    // Only the closing mark, spaces or a hyphen between the quotation and the word after it.
    private static bool IsRightBefore(string text, List<TextToken> tokens, int next)
    {
        foreach (var c in text.AsSpan(tokens[next - 1].End, tokens[next].Start - tokens[next - 1].End))
        {
            if (!(char.IsWhiteSpace(c) || c == '-' || ClosingMarks.Contains(c, StringComparison.Ordinal)))
                return false;
        }

        return true;
    }

    // The mark that opens a quotation right before the word, if one does.
    private static char? OpeningQuote(string text, List<TextToken> tokens, int first)
    {
        var gapStart = first == 0 ? 0 : tokens[first - 1].End;
        var gap = text.AsSpan(gapStart, tokens[first].Start - gapStart).TrimEnd(" \u00A0\u202F");
        if (gap.IsEmpty || !Closers.ContainsKey(gap[^1]))
            return null;
        var mark = gap[^1];
        var afterSpace = gap.Length >= 2 ? char.IsWhiteSpace(gap[^2]) || gap[^2] is '(' or '-' or '–' or '—' or ':' : gapStart == 0 || first == 0;
        return ApostropheLike.Contains(mark, StringComparison.Ordinal) && !afterSpace ? null : mark;
    }

    // Past the quotation's last word, or -1 when it does not close within a short name of one phrase.
    private static int QuotationEnd(string text, List<TextToken> tokens, int first, string closers)
    {
        for (var t = first; t < tokens.Count && t - first < MaxWords && tokens[t].Sentence == tokens[first].Sentence; t++)
        {
            var gapEnd = t + 1 < tokens.Count ? tokens[t + 1].Start : text.Length;
            var gap = text.AsSpan(tokens[t].End, gapEnd - tokens[t].End);
            var trimmed = gap.TrimStart(" \u00A0\u202F");
            if (!trimmed.IsEmpty && closers.Contains(trimmed[0], StringComparison.Ordinal))
            {
                // "Safety's", "l’IA": a closing mark a word runs on from is an apostrophe.
                var isApostrophe = trimmed[0] is '\'' or '’' && trimmed.Length == 1 && t + 1 < tokens.Count && gap.Length == 1;
                return isApostrophe ? -1 : t + 1;
            }

            if (!IsWordJoin(gap))
                return -1;
        }

        return -1;
    }

    // "Sûreté et intégrité", "Prüfung & Aufsicht", "Red-Teaming": words of one name.
    private static bool IsWordJoin(ReadOnlySpan<char> gap)
    {
        foreach (var c in gap)
        {
            if (c is not (' ' or '-' or '&' or '/' or '\'' or '’' or '\u00A0'))
                return false;
        }

        return true;
    }
}
