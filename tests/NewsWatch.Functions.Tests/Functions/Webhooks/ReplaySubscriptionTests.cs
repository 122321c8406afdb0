using NewsWatch.Functions.Functions.Webhooks;
using NewsWatch.Functions.Tests.Support;

namespace NewsWatch.Functions.Tests.Functions.Webhooks;

public sealed class ReplaySubscriptionTests(AzuriteFixture azurite)
{
    private static readonly Uri Hook = new("https://127.0.0.1:9/hook");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Replay_OfAKnownSubscription_Answers202WithHowManyWereQueued()
    {
        await using var host = FunctionsHost.Create(azurite);
        var (id, _) = await SubscriptionCalls.CreateAsync(host, Hook, Ct);
        var call = HttpCall.Post($"/api/subscriptions/{id}/replay", query: "since=2026-01-01T00:00:00Z");

        var answer = await call.AnswerAsync(host.Function<ReplaySubscription>().Run(call.Request, id, Ct));

        Assert.Equal(202, answer.Status);
        Assert.Equal(0, answer.Json.GetProperty("queued").GetInt32());
    }

    [Theory]
    [InlineData("since=yesterday", "since")]
    [InlineData("since=2026-01-01T00:00:00Z&since=2026-02-01T00:00:00Z", "since")]
    [InlineData("from=2026-01-01T00:00:00Z", "from")]
    public async Task Replay_WithABadQuery_Answers400NamingTheParameter(string query, string field)
    {
        await using var host = FunctionsHost.Create(azurite);
        var (id, _) = await SubscriptionCalls.CreateAsync(host, Hook, Ct);
        var call = HttpCall.Post($"/api/subscriptions/{id}/replay", query: query);

        var answer = await call.AnswerAsync(host.Function<ReplaySubscription>().Run(call.Request, id, Ct));

        ProblemAssert.IsProblem(answer, 400);
        Assert.NotEmpty(answer.ErrorsFor(field));
    }

    [Fact]
    public async Task Replay_OfAnUnknownId_Answers404()
    {
        await using var host = FunctionsHost.Create(azurite);
        var call = HttpCall.Post("/api/subscriptions/sub_nope/replay");

        var answer = await call.AnswerAsync(host.Function<ReplaySubscription>().Run(call.Request, "sub_nope", Ct));

        ProblemAssert.IsProblem(answer, 404);
    }
}
