using NewsWatch.Core.Feeds;
using NewsWatch.Core.Storage;
using NewsWatch.Functions.Functions;
using NewsWatch.Functions.Tests.Support;

namespace NewsWatch.Functions.Tests.Functions;

public sealed class HealthTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Health_WithStorageUp_Answers200WithTheLastPollAndHowManyFeedsFail_ButNotWhich()
    {
        await using var host = FunctionsHost.Create(azurite);
        var store = host.Get<FeedStore>();
        var lastPoll = new DateTimeOffset(2026, 5, 1, 12, 0, 0, TimeSpan.Zero);
        var good = await store.AddAsync(new Uri("https://good.example/rss"), null, null, Ct);
        var bad = await store.AddAsync(new Uri("https://bad.example/rss"), null, null, Ct);
        await store.RecordPollAsync(good with { LastPolledAt = lastPoll.AddMinutes(-5) }, Ct);
        await store.RecordPollAsync(bad with { LastPolledAt = lastPoll, ConsecutiveFailures = 3, LastError = "HTTP 500" }, Ct);
        var call = HttpCall.Get("/api/health");

        var answer = await call.AnswerAsync(host.Function<Health>().Run(call.Request, Ct));

        Assert.Equal(200, answer.Status);
        Assert.Equal("healthy", answer.Json.GetProperty("status").GetString());
        Assert.True(answer.Json.GetProperty("storageReachable").GetBoolean());
        Assert.Equal(lastPoll, answer.Json.GetProperty("lastPollAt").GetDateTimeOffset());
        var failing = answer.Json.GetProperty("failingFeeds");
        Assert.Equal(1, failing.GetProperty("count").GetInt32());
        Assert.Equal(["status", "storageReachable", "lastPollAt", "failingFeeds"], answer.Json.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["count"], failing.EnumerateObject().Select(p => p.Name));
        Assert.DoesNotContain(bad.Id, answer.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_WithNoFeedsYet_Answers200WithoutALastPoll()
    {
        await using var host = FunctionsHost.Create(azurite);
        var call = HttpCall.Get("/api/health");

        var answer = await call.AnswerAsync(host.Function<Health>().Run(call.Request, Ct));

        Assert.Equal(200, answer.Status);
        Assert.False(answer.Json.TryGetProperty("lastPollAt", out _));
        Assert.Equal(0, answer.Json.GetProperty("failingFeeds").GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task Health_WithStorageDown_Answers503WithoutAnyOfTheExceptionsText()
    {
        await using var host = FunctionsHost.Create(azurite, new Dictionary<string, string?> { ["NewsWatch:Storage"] = FunctionsHost.UnreachableStorage });
        var call = HttpCall.Get("/api/health");

        var answer = await call.AnswerAsync(host.Function<Health>().Run(call.Request, Ct));

        Assert.Equal(503, answer.Status);
        Assert.Equal("unhealthy", answer.Json.GetProperty("status").GetString());
        Assert.False(answer.Json.GetProperty("storageReachable").GetBoolean());
        Assert.Equal(["status", "storageReachable"], answer.Json.EnumerateObject().Select(p => p.Name));
        // What the storage client's exception would tell: the endpoint, the account, the failure.
        foreach (var internals in new[] { "127.0.0.1", "devstoreaccount1", "Exception", "refused", "Retry", "error" })
            Assert.DoesNotContain(internals, answer.Body, StringComparison.OrdinalIgnoreCase);
    }
}
