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
    public void BuiltIn_EveryQueryFitsAUrlAndItsCanonicalFormParsesBack()
    {
        var queries = QueryPacks.BuiltIn.SelectMany(p => p.Queries).ToList();

        Assert.NotEmpty(queries);
        Assert.All(queries, q => Assert.True(q.Query.Text.Length <= 300, $"line {q.Line}: {q.Query.Text.Length} characters"));
        Assert.All(queries, q => Assert.True(Core.Sources.Queries.SearchQuery.Parse(q.Query.Text).IsSuccess, $"line {q.Line}"));
    }

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
    public void Load_FromPath_NamesThePackAfterTheFileAndThrowsWithLineNumbers()
    {
        var dir = Directory.CreateTempSubdirectory();
        try
        {
            var good = Path.Combine(dir.FullName, "my-labs.tsv");
            File.WriteAllText(good, "de\tSicherheit Rücktritt\n");
            var bad = Path.Combine(dir.FullName, "broken.tsv");
            File.WriteAllText(bad, "de\tSicherheit Rücktritt\nde\t\"offen\n");

            Assert.Equal("my-labs", QueryPack.Load(good).Name);
            var error = Assert.Throws<InvalidDataException>(() => QueryPack.Load(bad));
            Assert.Contains("line 2:", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
