using System.Text;

namespace NewsWatch.Core.Sources.Queries;

/// <summary>
/// A news-search query in the syntax Google News, Bing News and GDELT share: bare words (all must
/// match), "quoted phrases", OR between terms, parentheses for groups, -word and -"phrase" to exclude.
/// </summary>
/// <remarks>
/// <see cref="Matches(string)"/> replays the query as an engine would, but more strictly: words
/// match whole, ignoring case and accents, with no stemming or synonyms. Engines stem a little
/// ("resign" finds "resigned" on Google), so recall measured by replay underestimates what a
/// live search finds; a pack that holds up under replay holds up live.
/// </remarks>
public sealed class SearchQuery
{
    /// <summary>Longest query accepted: well within URL limits, and bounding the work a query can ask for.</summary>
    public const int MaxLength = 500;

    /// <summary>Deepest nesting of parentheses accepted; engines rarely honour more.</summary>
    public const int MaxDepth = 8;

    private readonly QueryNode root;

    private SearchQuery(QueryNode root, string text)
    {
        this.root = root;
        Text = text;
    }

    /// <summary>The canonical form, to put in a search URL: OR groups in parentheses, spacing normalised.</summary>
    public string Text { get; }

    /// <summary>Every word of the query, those inside phrases and exclusions included; OR and parentheses are not words.</summary>
    public int WordCount => root.WordCount;

    /// <summary>Parses in one pass over the text. Never throws for any string: bad input gives a result with an error.</summary>
    public static QueryParseResult Parse(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Length > MaxLength)
            return QueryParseResult.Failure($"The query is {query.Length} characters long; the limit is {MaxLength}.");
        var (tokens, error) = QueryLexer.Tokenize(query);
        if (error is not null)
            return QueryParseResult.Failure(error);
        try
        {
            var root = new QueryParser(tokens).Parse();
            return new QueryParseResult { Query = new SearchQuery(root, Canonical(root)) };
        }
        catch (QueryParseException e)
        {
            return QueryParseResult.Failure(e.Message);
        }
    }

    /// <summary>Parses a query known to be valid, such as one written in code.</summary>
    /// <exception cref="ArgumentException">The query does not parse; the message says why.</exception>
    public static SearchQuery Create(string query)
    {
        var result = Parse(query);
        return result.Query ?? throw new ArgumentException(result.Error, nameof(query));
    }

    public bool Matches(string text) => Matches(SearchText.Of(text));

    /// <summary>Matches a text indexed once, for replaying many queries over the same item.</summary>
    public bool Matches(SearchText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return root.Matches(text);
    }

    public override string ToString() => Text;

    private static string Canonical(QueryNode root)
    {
        var output = new StringBuilder();
        root.Write(output);
        return output.ToString();
    }
}
