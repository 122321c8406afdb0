namespace NewsWatch.Core.Sources.Queries;

/// <summary>
/// Recursive descent over the tokens, one pass. OR binds tighter than the implicit AND, as in
/// Google and Bing: <c>resigns safety OR alignment</c> needs "resigns" and either of the others.
/// Nesting is capped before each descent, so hostile input cannot exhaust the stack.
/// </summary>
internal sealed class QueryParser(List<QueryToken> tokens)
{
    private int next;

    public QueryNode Parse()
    {
        var root = ParseSequence(depth: 0, open: null);
        if (root is null)
            throw Refuse("The query has no words to search for.");
        if (!HasRequiredTerm(root))
            throw Refuse("The query only excludes words; it needs at least one word or phrase that must match.");
        return root;
    }

    private static bool HasRequiredTerm(QueryNode node) =>
        node is not ExcludeNode && (node is not AllNode all || all.Parts.Any(HasRequiredTerm));

    /// <summary>Terms up to the end, or up to the ')' that closes <paramref name="open"/>; null when there are none.</summary>
    private QueryNode? ParseSequence(int depth, QueryToken? open)
    {
        var parts = new List<QueryNode>();
        while (true)
        {
            if (next == tokens.Count)
            {
                if (open is { } unclosed)
                    throw Refuse($"The parenthesis at character {unclosed.Position} is never closed.");
                break;
            }

            var token = tokens[next];
            if (token.Kind == QueryTokenKind.Close)
            {
                if (open is null)
                    throw Refuse($"The ')' at character {token.Position} closes nothing.");
                next++;
                break;
            }

            Add(parts, ParseAlternatives(depth));
        }

        return parts.Count switch { 0 => null, 1 => parts[0], _ => new AllNode(parts) };
    }

    // A group inside a sequence adds its parts to it: "a (b c)" is "a b c".
    private static void Add(List<QueryNode> parts, QueryNode node)
    {
        if (node is AllNode all)
            parts.AddRange(all.Parts);
        else
            parts.Add(node);
    }

    private QueryNode ParseAlternatives(int depth)
    {
        var first = tokens[next];
        if (first.Kind == QueryTokenKind.Or)
            throw Refuse($"The OR at character {first.Position} has no term before it.");
        var alternatives = new List<QueryNode> { ParseUnary(depth) };
        while (next < tokens.Count && tokens[next].Kind == QueryTokenKind.Or)
        {
            var or = tokens[next++];
            if (next == tokens.Count || tokens[next].Kind is QueryTokenKind.Or or QueryTokenKind.Close)
                throw Refuse($"The OR at character {or.Position} has no term after it.");
            alternatives.Add(ParseUnary(depth));
        }

        if (alternatives.Count > 1 && alternatives.Find(a => a is ExcludeNode) is ExcludeNode excluded)
            throw Refuse($"The exclusion -{excluded.Term.Text} cannot be one of the alternatives of an OR.");
        return alternatives.Count == 1 ? alternatives[0] : new AnyNode([.. alternatives.SelectMany(Flatten)]);
    }

    // "(a OR b) OR c" is "a OR b OR c".
    private static IEnumerable<QueryNode> Flatten(QueryNode node) => node is AnyNode any ? any.Parts : [node];

    private QueryNode ParseUnary(int depth)
    {
        var token = tokens[next++];
        return token.Kind switch
        {
            QueryTokenKind.Exclude => new ExcludeNode(ParseExcludedTerm(token)),
            QueryTokenKind.Open => ParseGroup(token, depth),
            _ => Term(token),
        };
    }

    private TermNode ParseExcludedTerm(QueryToken minus)
    {
        if (next == tokens.Count || tokens[next].Kind is not (QueryTokenKind.Word or QueryTokenKind.Phrase))
            throw Refuse($"The '-' at character {minus.Position} must be followed by a word or a quoted phrase.");
        return Term(tokens[next++]);
    }

    private QueryNode ParseGroup(QueryToken open, int depth)
    {
        if (depth + 1 > SearchQuery.MaxDepth)
            throw Refuse($"The parenthesis at character {open.Position} nests deeper than {SearchQuery.MaxDepth} levels.");
        return ParseSequence(depth + 1, open)
            ?? throw Refuse($"The parentheses at character {open.Position} hold no terms.");
    }

    private static TermNode Term(QueryToken token)
    {
        var words = SearchWords.Split(token.Text);
        if (words.Count == 0)
        {
            throw Refuse(token.Kind == QueryTokenKind.Phrase
                ? $"The quoted phrase at character {token.Position} has no words."
                : $"'{token.Text}' at character {token.Position} has no letters or digits to search for.");
        }

        var text = string.Join(' ', token.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return new TermNode(text, words, token.Kind == QueryTokenKind.Phrase);
    }

    private static QueryParseException Refuse(string message) => new(message);
}
