using System.Collections.Frozen;
using NewsWatch.Core.Classification.Knowledge;
using NewsWatch.Core.Classification.Text;

namespace NewsWatch.Core.Classification.Entities;

/// <summary>
/// Names teams the text names in quotation marks, as the press writes a team's own name: beside
/// a word for a team (l'équipe « IA responsable », the "Tripwire" team, „Modellsicherheit“-Team),
/// or after a word that gives a name (rebaptisée « Sûreté et conformité », heißt künftig
/// „Produktvertrauen“, in „Compliance KI“ umbenannt) in a sentence about a team. A quotation that
/// opens in lower case, runs long or holds a clause's punctuation is someone's words, not a name.
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

    // Straight and English marks are also apostrophes ("l'IA", "Model Safety's"): they open a quotation only after a space.
    private const string ApostropheLike = "\"“‘'";

    public static void Find(string text, List<TextToken> tokens, List<PhraseMatch<Cue>> cues, FrozenSet<string> namingWords, ProminenceMap prominence, EntityList teams, Dictionary<string, string> kinds)
    {
        if (tokens.Count == 0)
            return;
        var teamWord = new bool[tokens.Count];
        var sentenceHasTeam = new bool[tokens[^1].Sentence + 1];
        foreach (var noun in cues.Where(c => c.Value.Kind == CueKind.TeamNoun))
        {
            Array.Fill(teamWord, true, noun.FirstToken, noun.TokenCount);
            sentenceHasTeam[tokens[noun.FirstToken].Sentence] = true;
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            if (TeamFinder.IsTeamCompound(tokens[i].Forms.Surface))
            {
                teamWord[i] = true;
                sentenceHasTeam[tokens[i].Sentence] = true;
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

            if (IsNamedTeam(tokens, first, end, teamWord, sentenceHasTeam, namingWords))
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

    private static bool IsNamedTeam(List<TextToken> tokens, int first, int end, bool[] teamWord, bool[] sentenceHasTeam, FrozenSet<string> namingWords)
    {
        var sentence = tokens[first].Sentence;
        bool InSentence(int t) => t >= 0 && t < tokens.Count && tokens[t].Sentence == sentence;
        // l'équipe « X », the "X" team.
        if ((InSentence(first - 1) && teamWord[first - 1]) || (InSentence(end) && teamWord[end]))
            return true;
        if (!sentenceHasTeam[sentence])
            return false;
        // baptisée « X », heißt künftig „X“, in „X“ umbenannt.
        return (InSentence(first - 1) && namingWords.Contains(tokens[first - 1].Forms.Surface))
            || (InSentence(first - 2) && !tokens[first - 1].IsCapitalised && namingWords.Contains(tokens[first - 2].Forms.Surface))
            || (InSentence(end) && namingWords.Contains(tokens[end].Forms.Surface));
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

    // "Sûreté et intégrité", "Evaluierung & Risiko", "Red-Teaming": words of one name.
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
