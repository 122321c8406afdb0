using NewsWatch.Functions.Functions;
using NewsWatch.Functions.Tests.Support;

namespace NewsWatch.Functions.Tests.Functions;

public sealed class ClassifyTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Classify_ASentenceAboutASafetyTeamDissolving_AnswersTheEventScoreAndEvidence()
    {
        await using var host = FunctionsHost.Create(azurite);
        var call = HttpCall.Post("/api/classify", """{"title":"OpenAI dissolves its Superalignment team","summary":"The AI safety group is disbanded after its co-lead resigned.","lang":"en"}""");

        var answer = await call.AnswerAsync(host.Function<Classify>().Run(call.Request, Ct));

        Assert.Equal(200, answer.Status);
        var result = answer.Json;
        Assert.Equal("dissolution", result.GetProperty("event").GetString());
        Assert.True(result.GetProperty("score").GetDouble() >= 0.5);
        Assert.Equal("en", result.GetProperty("language").GetString());
        var evidence = result.GetProperty("evidence").EnumerateArray().ToList();
        Assert.Contains(evidence, e => e.GetProperty("kind").GetString() == "event" && e.GetProperty("text").GetString()!.StartsWith("dissolv", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Classify_AnswersTheScoresTerms_WhichAddUpToItsLogOdds()
    {
        await using var host = FunctionsHost.Create(azurite);
        var call = HttpCall.Post("/api/classify", """{"title":"OpenAI dissolves its Superalignment team","lang":"en"}""");

        var answer = await call.AnswerAsync(host.Function<Classify>().Run(call.Request, Ct));

        var terms = answer.Json.GetProperty("scoreTerms").EnumerateArray().ToList();
        Assert.Equal("bias", terms[0].GetProperty("feature").GetString());
        var logOdds = terms.Sum(t => t.GetProperty("contribution").GetDouble());
        Assert.Equal(answer.Json.GetProperty("score").GetDouble(), 1 / (1 + Math.Exp(-logOdds)), 9);
    }

    [Fact]
    public async Task Classify_AnUnrelatedSentence_AnswersNoEvent()
    {
        await using var host = FunctionsHost.Create(azurite);
        var call = HttpCall.Post("/api/classify", """{"title":"Local bakery wins a prize for its bread"}""");

        var answer = await call.AnswerAsync(host.Function<Classify>().Run(call.Request, Ct));

        Assert.Equal(200, answer.Status);
        Assert.Equal("none", answer.Json.GetProperty("event").GetString());
        Assert.InRange(answer.Json.GetProperty("score").GetDouble(), 0, 0.5);
    }

    [Fact]
    public async Task Classify_WithTheArticlesText_ReadsTheNewsFromItsBody()
    {
        await using var host = FunctionsHost.Create(azurite);
        var call = HttpCall.Post("/api/classify", """{"title":"A difficult spring at Halvard","lang":"en","content":"A difficult spring at Halvard\n\nIts alignment team was built up by Mira Olsen over three years. Olsen has now resigned as head of the alignment team, the company confirmed on Wednesday."}""");

        var answer = await call.AnswerAsync(host.Function<Classify>().Run(call.Request, Ct));

        Assert.Equal(200, answer.Status);
        Assert.Equal("departure", answer.Json.GetProperty("event").GetString());
        Assert.Contains(answer.Json.GetProperty("people").EnumerateArray(), p => p.GetString() == "Mira Olsen");
    }

    [Fact]
    public async Task Classify_WithAnArticleLongerThanAFeedItemKeeps_Answers400NamingContent()
    {
        await using var host = FunctionsHost.Create(azurite);
        var call = HttpCall.Post("/api/classify", $$"""{"title":"t","content":"{{new string('a', 30_001)}}"}""");

        var answer = await call.AnswerAsync(host.Function<Classify>().Run(call.Request, Ct));

        ProblemAssert.IsProblem(answer, 400);
        Assert.NotEmpty(answer.ErrorsFor("content"));
    }

    [Theory]
    [InlineData("""{"summary":"no title"}""", "title")]
    [InlineData("""{"title":"   "}""", "title")]
    [InlineData("""{"title":"t","lang":"eng"}""", "lang")]
    [InlineData("""{"title":"t","language":"en"}""", "language")]
    [InlineData("""{"title":["t"]}""", "title")]
    public async Task Classify_WithABadField_Answers400NamingIt(string body, string field)
    {
        await using var host = FunctionsHost.Create(azurite);
        var call = HttpCall.Post("/api/classify", body);

        var answer = await call.AnswerAsync(host.Function<Classify>().Run(call.Request, Ct));

        ProblemAssert.IsProblem(answer, 400);
        Assert.NotEmpty(answer.ErrorsFor(field));
    }

    [Fact]
    public async Task Classify_WithMalformedJson_Answers400Problem()
    {
        await using var host = FunctionsHost.Create(azurite);
        var call = HttpCall.Post("/api/classify", "title=OpenAI");

        var answer = await call.AnswerAsync(host.Function<Classify>().Run(call.Request, Ct));

        ProblemAssert.IsProblem(answer, 400);
    }
}
