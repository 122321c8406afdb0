using NewsWatch.Core.Classification;
using NewsWatch.Core.Sources.Packs;

namespace NewsWatch.Core.Tests.Sources.Packs;

/// <summary>Built-in packs load from the assembly; a user's pack file is read with errors that name its lines.</summary>
public class QueryPackTests
{
    [Fact]
    public void BuiltIn_AiSafetyPack_CoversAllSevenLanguages()
    {
        var pack = QueryPacks.Find("ai-safety");

        Assert.NotNull(pack);
        Assert.Equal(SupportedLanguages.All.Order(), pack.Languages.Order());
        Assert.False(string.IsNullOrWhiteSpace(pack.Description));
    }

    [Fact]
    public void BuiltIn_EveryPackFitsThePollingBudget()
    {
        Assert.NotEmpty(QueryPacks.BuiltIn);
        Assert.All(QueryPacks.BuiltIn, pack =>
        {
            Assert.All(pack.Languages, lang => Assert.True(
                pack.QueriesFor(lang).Count <= PackBudget.MaxQueriesPerLanguage,
                $"{pack.Name} {lang}: {pack.QueriesFor(lang).Count} queries"));
            Assert.All(pack.Queries, q =>
            {
                Assert.True(q.Query.WordCount <= PackBudget.MaxWordsPerQuery, $"{pack.Name} line {q.Line}: {q.Query.WordCount} words");
                Assert.True(q.Query.Text.Length <= PackBudget.MaxCharactersPerQuery, $"{pack.Name} line {q.Line}: {q.Query.Text.Length} characters");
                Assert.True(Core.Sources.Queries.SearchQuery.Parse(q.Query.Text).IsSuccess, $"{pack.Name} line {q.Line}");
            });
        });
    }

    // GDELT answers "The specified phrase is too short." for a query holding a bare word this short,
    // even inside an OR, and returns nothing for it; "AI safety" as a phrase is fine.
    [Fact]
    public void BuiltIn_NoQueryHoldsABareWordGdeltRefusesAsTooShort()
    {
        var bareWords = QueryPacks.BuiltIn.SelectMany(p => p.Queries)
            .SelectMany(q => Tokens(q.Query.Text).Select(w => (q.Line, Word: w)));

        Assert.All(bareWords, b => Assert.True(b.Word.Trim('-').Length >= 4, $"line {b.Line}: '{b.Word}'"));
    }

    [Fact]
    public void Read_UserPack_RefusesQueriesOverTheWordAndCharacterBudget()
    {
        var longQuery = string.Join(" OR ", Enumerable.Range(0, 33).Select(i => $"word{i}"));
        var wideQuery = "(" + string.Join(" OR ", Enumerable.Range(0, 22).Select(i => $"\"{new string('x', 12)}{i}\"")) + ")";
        var file = $"en\tsafety quits\nen\t{longQuery}\nen\t\"AI safety\" ({longQuery.Replace(" OR word32", "", StringComparison.Ordinal)})\nfr\t{wideQuery}\n";

        var result = QueryPackReader.Read(new StringReader(file), "mine");

        Assert.False(result.IsSuccess);
        Assert.Equal([2, 3, 4], result.Errors.Select(e => e.Line));
        Assert.Contains("33 words", result.Errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("34 words", result.Errors[1].Message, StringComparison.Ordinal);
        Assert.Contains("characters long", result.Errors[2].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UserPackWithTooManyQueriesInALanguage_NamesTheFirstLineOverBudget()
    {
        var lines = Enumerable.Range(0, PackBudget.MaxQueriesPerLanguage + 2).Select(i => $"de\tSicherheit Rücktritt{i}")
            .Prepend("en\tsafety quits");
        var dir = Directory.CreateTempSubdirectory();
        try
        {
            var path = Path.Combine(dir.FullName, "greedy.tsv");
            File.WriteAllLines(path, lines);

            var load = QueryPack.TryLoad(path);

            Assert.False(load.IsSuccess);
            Assert.Contains($"line {PackBudget.MaxQueriesPerLanguage + 2}: 'de' has {PackBudget.MaxQueriesPerLanguage + 2} queries", string.Join("\n", load.Errors), StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    // Bare words of a canonical query: quoted phrases, OR and parentheses taken out.
    private static IEnumerable<string> Tokens(string text) =>
        System.Text.RegularExpressions.Regex.Replace(text, "\"[^\"]*\"", " ")
            .Split([' ', '(', ')'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w != "OR");

    [Fact]
    public void Find_IgnoresCaseAndReturnsNullForUnknownNames()
    {
        Assert.NotNull(QueryPacks.Find("AI-Safety"));
        Assert.Null(QueryPacks.Find("no-such-pack"));
        Assert.Contains("ai-safety", QueryPacks.Names);
    }

    [Fact]
    public void Read_UserPack_TakesNameDescriptionAndQueries()
    {
        const string file = "# my pack\nname\tlab-watch\ndescription\tLabs I follow\n\nen\t(safety OR alignment) quits # departures\nfr\tsécurité démission\n";

        var result = QueryPackReader.Read(new StringReader(file), "fallback");

        Assert.True(result.IsSuccess, string.Join("; ", result.Errors));
        var pack = result.Pack!;
        Assert.Equal("lab-watch", pack.Name);
        Assert.Equal("Labs I follow", pack.Description);
        Assert.Equal(["en", "fr"], pack.Languages);
        Assert.Equal(5, pack.Queries[0].Line);
        Assert.True(pack.Finds("fr", "Démission du responsable de la sécurité"));
        Assert.False(pack.Finds("en", "Démission du responsable de la sécurité"));
    }

    [Fact]
    public void Read_UserPack_ReportsEveryBadLineByNumber()
    {
        const string file = "en\tsafety quits\nxx\tsafety quits\nen\t(safety quits\nen only-one-field\nen\ta\tb\n";

        var result = QueryPackReader.Read(new StringReader(file), "mine");

        Assert.False(result.IsSuccess);
        Assert.Equal([2, 3, 4, 5], result.Errors.Select(e => e.Line));
        Assert.Contains("'xx' is not a supported language code", result.Errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("never closed", result.Errors[1].Message, StringComparison.Ordinal);
        Assert.StartsWith("line 2: ", result.Errors[0].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_PackWithNoQueries_IsRefused()
    {
        var result = QueryPackReader.Read(new StringReader("# nothing yet\nname\tempty\n"), "empty");

        Assert.False(result.IsSuccess);
        Assert.Contains("no queries", result.Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_FromPath_NamesThePackAfterTheFileAndReportsLineNumbers()
    {
        var dir = Directory.CreateTempSubdirectory();
        try
        {
            var good = Path.Combine(dir.FullName, "my-labs.tsv");
            File.WriteAllText(good, "de\tSicherheit Rücktritt\n");
            var bad = Path.Combine(dir.FullName, "broken.tsv");
            File.WriteAllText(bad, "de\tSicherheit Rücktritt\nde\t\"offen\n");

            Assert.Equal("my-labs", QueryPack.TryLoad(good).Pack!.Name);
            var load = QueryPack.TryLoad(bad);
            Assert.Null(load.Pack);
            Assert.Contains("line 2:", string.Join("\n", load.Errors), StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
