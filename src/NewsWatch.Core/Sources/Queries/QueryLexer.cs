namespace NewsWatch.Core.Sources.Queries;

/// <summary>Cuts a query into tokens in one pass; the only error it can meet is an unclosed quote.</summary>
internal static class QueryLexer
{
    public static (List<QueryToken> Tokens, string? Error) Tokenize(string query)
    {
        var tokens = new List<QueryToken>();
        var i = 0;
        while (i < query.Length)
        {
            var c = query[i];
            if (char.IsWhiteSpace(c) || char.IsControl(c))
                i++;
            else if (c is '(' or ')')
                tokens.Add(new(c == '(' ? QueryTokenKind.Open : QueryTokenKind.Close, c.ToString(), ++i));
            else if (c == '"')
            {
                var close = query.IndexOf('"', i + 1);
                if (close < 0)
                    return (tokens, $"The quote at character {i + 1} is never closed.");
                tokens.Add(new(QueryTokenKind.Phrase, query[(i + 1)..close], i + 1));
                i = close + 1;
            }
            else if (c == '-' && StartsTerm(query, i + 1))
                tokens.Add(new(QueryTokenKind.Exclude, "-", ++i));
            else
                i = ReadWord(query, i, tokens);
        }

        return (tokens, null);
    }

    // A hyphen inside a word ("co-lead") or before a space is text, not an exclusion; "-(" is an
    // exclusion the parser refuses, rather than a group silently turned positive.
    private static bool StartsTerm(string query, int next) =>
        next < query.Length && !char.IsWhiteSpace(query[next]);

    private static int ReadWord(string query, int start, List<QueryToken> tokens)
    {
        var end = start;
        while (end < query.Length && !char.IsWhiteSpace(query[end]) && !char.IsControl(query[end]) && query[end] is not ('(' or ')' or '"'))
            end++;
        var text = query[start..end];
        // Only upper-case OR is the operator, as in Google and Bing; "or" is a word.
        var kind = text == "OR" ? QueryTokenKind.Or : QueryTokenKind.Word;
        tokens.Add(new(kind, text, start + 1));
        return end;
    }
}
