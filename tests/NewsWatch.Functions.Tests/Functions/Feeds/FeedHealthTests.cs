using NewsWatch.Core.Storage;
using NewsWatch.Functions.Functions.Feeds;
using NewsWatch.Functions.Tests.Support;

namespace NewsWatch.Functions.Tests.Functions.Feeds;

public sealed class FeedHealthTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AFailingFeed_ShowsItsStateAndHost_ButNeitherItsWholeUrlNorItsErrorText()
    {
        await using var host = FunctionsHost.Create(azurite);
        var store = host.Get<FeedStore>();
        var feed = await store.AddAsync(new Uri("https://private.example/feed.xml?token=SECRET-TOKEN"), "Private", "en", Ct);
        await store.UpdateAsync(feed.Id, f => f with { ConsecutiveFailures = 3, LastError = "HTTP 500 from internal-proxy.corp.example" }, Ct);
        var call = HttpCall.Get("/api/feeds/health");

        var answer = await call.AnswerAsync(host.Function<FeedHealth>().Run(call.Request, Ct));

        Assert.Equal(200, answer.Status);
        var shown = Assert.Single(answer.Json.GetProperty("feeds").EnumerateArray());
        Assert.Equal(("private.example", 3), (shown.GetProperty("host").GetString(), shown.GetProperty("consecutiveFailures").GetInt32()));
        Assert.Equal(14, shown.GetProperty("itemsPerDay").GetArrayLength());
        Assert.DoesNotContain("SECRET-TOKEN", answer.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("internal-proxy", answer.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownQueryParameter_Answers400NamingIt()
    {
        await using var host = FunctionsHost.Create(azurite);
        var call = HttpCall.Get("/api/feeds/health", "verbose=1");

        var answer = await call.AnswerAsync(host.Function<FeedHealth>().Run(call.Request, Ct));

        ProblemAssert.IsProblem(answer, 400);
        Assert.NotEmpty(answer.ErrorsFor("verbose"));
    }
}
