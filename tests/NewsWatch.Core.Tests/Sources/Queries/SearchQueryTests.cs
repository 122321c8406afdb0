using NewsWatch.Core.Sources.Queries;

namespace NewsWatch.Core.Tests.Sources.Queries;

/// <summary>Queries replay over a text as a news search would: whole words, any case or accent, no stemming.</summary>
public class SearchQueryTests
{
    [Theory]
    [InlineData("safety lead resigns", "The safety lead of a lab resigns", true)]
    [InlineData("safety lead resigns", "The safety lead stays", false)]
    [InlineData("resigns OR quits", "Head of alignment quits", true)]
    [InlineData("resigns OR quits", "Head of alignment stays", false)]
    [InlineData("\"safety team\"", "the safety team was disbanded", true)]
    [InlineData("\"safety team\"", "the team for safety was disbanded", false)]
    [InlineData("alignment -sales", "alignment chief departs", true)]
    [InlineData("alignment -sales", "alignment of sales chief departs", false)]
    [InlineData("team -\"red team\"", "the red team grows", false)]
    [InlineData("team -\"red team\"", "the red squad and the team", true)]
    [InlineData("(safety OR ethics) (disbands OR dissolves)", "Lab dissolves its ethics board", true)]
    [InlineData("(safety OR ethics) (disbands OR dissolves)", "Lab dissolves its product board", false)]
    public void Matches_FollowsAndOrPhraseAndExclusion(string query, string text, bool expected) =>
        Assert.Equal(expected, SearchQuery.Create(query).Matches(text));

    [Fact]
    public void Matches_OrBindsTighterThanTheSpaceBetweenWords()
    {
        var query = SearchQuery.Create("resigns safety OR alignment");

        Assert.True(query.Matches("alignment head resigns"));
        Assert.False(query.Matches("alignment head stays"));
    }

    [Theory]
    [InlineData("démission", "DEMISSION du responsable")]
    [InlineData("demission", "La démission du responsable")]
    [InlineData("Rücktritt", "rucktritt des Leiters")]
    [InlineData("Straße", "strasse")]
    [InlineData("\"tritt zurück\"", "Die Chefin TRITT ZURUCK.")]
    public void Matches_IgnoresCaseAndAccents(string query, string text) =>
        Assert.True(SearchQuery.Create(query).Matches(text));

    [Theory]
    [InlineData("resign", "She resigned on Monday")]
    [InlineData("safety", "AI-safetyteam news")]
    [InlineData("team", "teams merge")]
    public void Matches_WholeWordsOnlyWithoutStemming(string query, string text) =>
        Assert.False(SearchQuery.Create(query).Matches(text));

    [Fact]
    public void Matches_SplitsWordsOnPunctuationAsEnginesDo()
    {
        Assert.True(SearchQuery.Create("equipe").Matches("l'équipe de sûreté"));
        Assert.True(SearchQuery.Create("KI-Sicherheitsinstitut").Matches("Das KI Sicherheitsinstitut wird umbenannt"));
    }

    [Theory]
    [InlineData("a  b", "a b")]
    [InlineData("a OR b", "(a OR b)")]
    [InlineData("x (a OR (b OR c))", "x (a OR b OR c)")]
    [InlineData("x (y z)", "x y z")]
    [InlineData("a OR (b c)", "(a OR (b c))")]
    [InlineData("\"red   team\" -\"sales  chief\"", "\"red team\" -\"sales chief\"")]
    [InlineData("démission OR départ", "(démission OR départ)")]
    public void Text_IsCanonicalAndKeepsAccents(string query, string canonical) =>
        Assert.Equal(canonical, SearchQuery.Create(query).Text);

    [Fact]
    public void Text_ParsesBackToAQueryThatMatchesTheSame()
    {
        var query = SearchQuery.Create("(safety OR \"red team\" OR (ethics board)) quits -sales");

        var reparsed = SearchQuery.Create(query.Text);

        Assert.Equal(query.Text, reparsed.Text);
        Assert.True(reparsed.Matches("safety lead quits"));
        Assert.True(reparsed.Matches("ethics board chair quits"));
        Assert.False(reparsed.Matches("ethics lead quits"));
    }

    [Theory]
    [InlineData("\"red team", "never closed")]
    [InlineData("(safety OR ethics", "never closed")]
    [InlineData("safety) quits", "closes nothing")]
    [InlineData("OR safety", "no term before")]
    [InlineData("safety OR", "no term after")]
    [InlineData("safety OR OR ethics", "no term after")]
    [InlineData("()", "hold no terms")]
    [InlineData("\"\"", "no words")]
    [InlineData("-sales", "only excludes")]
    [InlineData("safety OR -sales", "cannot be one of the alternatives")]
    [InlineData("safety -(sales)", "must be followed by a word")]
    [InlineData("", "no words")]
    [InlineData("   ", "no words")]
    [InlineData("&&", "no letters or digits")]
    public void Parse_RefusesMalformedQueriesWithAClearReason(string query, string reason)
    {
        var result = SearchQuery.Parse(query);

        Assert.False(result.IsSuccess);
        Assert.Contains(reason, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_RefusesOverlongQueries()
    {
        var result = SearchQuery.Parse(string.Join(' ', Enumerable.Repeat("safety", 100)));

        Assert.False(result.IsSuccess);
        Assert.Contains($"limit is {SearchQuery.MaxLength}", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_RefusesDeepNestingWithoutExhaustingTheStack()
    {
        var result = SearchQuery.Parse(new string('(', 200) + "a" + new string(')', 200));

        Assert.False(result.IsSuccess);
        Assert.Contains("nests deeper", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_AcceptsNestingUpToTheLimit()
    {
        var depth = SearchQuery.MaxDepth;

        var result = SearchQuery.Parse(new string('(', depth) + "a OR b" + new string(')', depth));

        Assert.True(result.IsSuccess, result.Error);
    }

    [Fact]
    public void Parse_NeverThrowsOnRandomHostileInput()
    {
        var random = new Random(20240517);
        const string alphabet = "ab \"()-OR\t\n\0é😀-\\'";
        for (var i = 0; i < 5000; i++)
        {
            var chars = new char[random.Next(0, 60)];
            for (var j = 0; j < chars.Length; j++)
                chars[j] = alphabet[random.Next(alphabet.Length)];

            var result = SearchQuery.Parse(new string(chars));

            Assert.True(result.IsSuccess ^ result.Error is not null);
            if (result.Query is { } query)
                _ = query.Matches("a b OR é");
        }
    }

    [Fact]
    public void Create_ThrowsWithTheParseErrorForInvalidQueries()
    {
        var error = Assert.Throws<ArgumentException>(() => SearchQuery.Create("(safety"));

        Assert.Contains("never closed", error.Message, StringComparison.Ordinal);
    }
}
