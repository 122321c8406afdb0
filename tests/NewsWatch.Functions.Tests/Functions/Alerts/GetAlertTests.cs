using NewsWatch.Core.Classification;
using NewsWatch.Functions.Functions.Alerts;
using NewsWatch.Functions.Tests.Support;

namespace NewsWatch.Functions.Tests.Functions.Alerts;

public sealed class GetAlertTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Get_AKnownId_AnswersTheAlert()
    {
        await using var host = FunctionsHost.Create(azurite);
        var alert = await StoredAlerts.AddAsync(host, "Safety lead resigns", AlertEvent.Departure, DateTimeOffset.UtcNow.AddHours(-1), Ct);
        var call = HttpCall.Get("/api/alerts/" + alert.Id);

        var answer = await call.AnswerAsync(host.Function<GetAlert>().Run(call.Request, alert.Id, Ct));

        Assert.Equal(200, answer.Status);
        Assert.Equal(alert.Id, answer.Json.GetProperty("id").GetString());
        Assert.Equal("Safety lead resigns", answer.Json.GetProperty("title").GetString());
        Assert.Equal(["Jan Leike"], answer.Json.GetProperty("people").EnumerateArray().Select(p => p.GetString()));
    }

    [Theory]
    [InlineData("2520000000000000000-0123456789abcdef")]
    [InlineData("not-an-alert-id-but-long-enough")]
    public async Task Get_AnUnknownOrMalformedId_Answers404Problem(string id)
    {
        await using var host = FunctionsHost.Create(azurite);
        var call = HttpCall.Get("/api/alerts/" + id);

        var answer = await call.AnswerAsync(host.Function<GetAlert>().Run(call.Request, id, Ct));

        ProblemAssert.IsProblem(answer, 404);
    }
}
