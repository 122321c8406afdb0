using System.Globalization;
using System.Text.Json;
using NewsWatch.Core.Classification.Scoring;
using NewsWatch.IntegrationTests.Support;

namespace NewsWatch.IntegrationTests.Cli;

/// <summary><c>classify</c> and <c>eval</c>: no storage needed, real classifier.</summary>
public sealed class ClassifyCommandTests(AzuriteFixture azurite) : IDisposable
{
    private const string Records = """
        {"id": "t-1", "lang": "en", "title": "Head of the superalignment team resigns from OpenAI", "summary": "The researcher said safety had taken a back seat.", "label": {"event": "departure", "events": ["departure"], "orgs": ["OpenAI"], "people": [], "teams": ["superalignment team"]}}
        {"id": "t-2", "lang": "de", "title": "Flughafen ernennt neuen Sicherheitschef", "summary": "Der Manager leitet künftig die Luftsicherheit am Terminal.", "label": {"event": "none", "events": [], "orgs": [], "people": [], "teams": []}}
        """;

    private readonly string folder = Directory.CreateTempSubdirectory("newswatch-classify-").FullName;

    [Fact]
    public async Task Classify_AHeadline_PrintsTheVerdictEntitiesAndEvidence()
    {
        await using var host = TestHost.Create(azurite);

        var run = await CliRun.InvokeAsync(host, "classify", "Anthropic dissolves its AI safety team after the departure of its leader");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("ALERT: dissolution", run.Lines[0], StringComparison.Ordinal);
        Assert.Contains(run.Lines, line => line.StartsWith("orgs:", StringComparison.Ordinal) && line.Contains("Anthropic", StringComparison.Ordinal));
        Assert.Contains(run.Lines, line => line.StartsWith("[event] \"dissolves\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Classify_WithAnArticleFile_ReadsTheNewsFromItsBody()
    {
        await using var host = TestHost.Create(azurite);
        var article = Write("article.txt", """
            A difficult spring at Halvard

            Halvard was founded in 2021 and raised its first round a year later.

            Its alignment team was built up by Mira Olsen over three years. Olsen has now resigned as head of the alignment team, the company confirmed on Wednesday.
            """);

        var headlineOnly = await CliRun.InvokeAsync(host, "classify", "A difficult spring at Halvard", "--lang", "en");
        var withArticle = await CliRun.InvokeAsync(host, "classify", "A difficult spring at Halvard", "--lang", "en", "--content-file", article);

        Assert.Equal((0, 0), (headlineOnly.ExitCode, withArticle.ExitCode));
        Assert.StartsWith("no alert: none", headlineOnly.Lines[0], StringComparison.Ordinal);
        Assert.StartsWith("ALERT: departure", withArticle.Lines[0], StringComparison.Ordinal);
        Assert.Contains(withArticle.Lines, line => line.StartsWith("[event] \"resigned\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Classify_WithAMissingArticleFile_FailsNamingIt()
    {
        await using var host = TestHost.Create(azurite);

        var run = await CliRun.InvokeAsync(host, "classify", "A difficult spring at Halvard", "--content-file", Path.Combine(folder, "missing.txt"));

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("missing.txt", run.Output + run.Errors, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("handset")]
    [InlineData("learned")]
    public async Task Classify_WithAScorer_PrintsTheTermsOfThatScorersWeights(string scorer)
    {
        await using var host = TestHost.Create(azurite);
        var weights = scorer == "learned" ? LearnedWeights.Weights : HandSetWeights.Weights;

        var run = await CliRun.InvokeAsync(host, "classify", "Anthropic dissolves its AI safety team", "--lang", "en", "--scorer", scorer);

        Assert.Equal(0, run.ExitCode);
        var bias = Assert.Single(run.Lines, line => line.StartsWith("bias ", StringComparison.Ordinal));
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"x {weights.Bias,7:0.000} ="), bias, StringComparison.Ordinal);
        Assert.Equal(scorer == "learned", run.Lines.Any(line => line.StartsWith("title-event ", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Classify_AFileOfRecords_WritesOnePredictionLinePerRecord()
    {
        await using var host = TestHost.Create(azurite);
        var input = Write("records.jsonl", Records);
        var output = Path.Combine(folder, "predictions.jsonl");

        var run = await CliRun.InvokeAsync(host, "classify", "--input", input, "--output", output);

        Assert.Equal(0, run.ExitCode);
        var predictions = File.ReadAllLines(output).Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.Equal(["t-1", "t-2"], predictions.Select(p => p.GetProperty("id").GetString()));
        Assert.Equal(["departure", "none"], predictions.Select(p => p.GetProperty("event").GetString()));
        Assert.All(predictions, p => Assert.Equal(JsonValueKind.Array, p.GetProperty("evidence").ValueKind));
    }

    [Fact]
    public async Task Eval_AsJson_ReportsAlertPrecisionRecallAndTheConfusionMatrix()
    {
        await using var host = TestHost.Create(azurite);

        var run = await CliRun.InvokeAsync(host, "eval", Write("labelled.jsonl", Records), "--json");

        Assert.Equal(0, run.ExitCode);
        using var report = JsonDocument.Parse(run.Output);
        var alerts = report.RootElement.GetProperty("alerts");
        Assert.Equal((1.0, 1.0), (alerts.GetProperty("precision").GetDouble(), alerts.GetProperty("recall").GetDouble()));
        Assert.Equal(1, report.RootElement.GetProperty("confusion").GetProperty("departure").GetProperty("departure").GetInt32());
        Assert.Equal(0, report.RootElement.GetProperty("misclassified").GetArrayLength());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task EvalStories_ListsAStoryThatSplit_WithTheKeysEachReportWasFiledUnder(bool asJson)
    {
        await using var host = TestHost.Create(azurite);
        // One story told twice with nothing in common that the grouping can see: one report names the
        // person, the other only a lab no list knows, so they split.
        const string story = """
            {"id": "s-1", "story": "a", "lang": "en", "title": "Mirela Osei resigns as head of alignment at Tessel AI", "summary": "", "published": "2026-03-01T10:00:00Z", "label": {"event": "departure"}}
            {"id": "s-2", "story": "a", "lang": "fr", "title": "Départ à la tête de l'équipe d'alignement de Vantrel Labs", "summary": "", "published": "2026-03-01T12:00:00Z", "label": {"event": "departure"}}
            """;
        string[] args = asJson ? ["eval", Write("stories.jsonl", story), "--stories", "--json"] : ["eval", Write("stories.jsonl", story), "--stories"];

        var run = await CliRun.InvokeAsync(host, args);

        Assert.Equal(0, run.ExitCode);
        if (asJson)
        {
            using var report = JsonDocument.Parse(run.Output);
            var troubled = Assert.Single(report.RootElement.GetProperty("troubled").EnumerateArray());
            Assert.Equal("a", troubled.GetProperty("story").GetString());
            Assert.Contains(troubled.GetProperty("reports").EnumerateArray(), r => r.GetProperty("keys").EnumerateArray().Any(k => k.GetString() == "p|mirela osei"));
        }
        else
        {
            Assert.Contains("Story a:", run.Lines);
            Assert.Contains(run.Lines, line => line.StartsWith("s-1", StringComparison.Ordinal) && line.Contains("p|mirela osei", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Eval_AMissingFile_PrintsOneClearLine()
    {
        await using var host = TestHost.Create(azurite);

        var run = await CliRun.InvokeAsync(host, "eval", Path.Combine(folder, "absent.jsonl"));

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("newswatch: No such file", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string Write(string name, string content)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, content);
        return path;
    }
}
