using System.Text;
using NewsWatch.Core.Storage;
using NewsWatch.Core.WebSub;
using NewsWatch.Functions.Functions.WebSub;
using NewsWatch.Functions.Tests.Support;

namespace NewsWatch.Functions.Tests.Functions.WebSub;

/// <summary>The hub callback routes in-process: the challenge as plain text, refusals as problems.</summary>
public sealed class WebSubFunctionsTests(AzuriteFixture azurite)
{
    private static readonly Uri Topic = new("https://wire.example/feed.xml");
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Verify_ForASubscriptionNewsWatchAskedFor_EchoesTheChallengeAsPlainText()
    {
        await using var host = FunctionsHost.Create(azurite);
        await host.Get<HubSubscriptionStore>().SaveAsync(Subscription(), Ct);
        var call = HttpCall.Get("/api/websub/feed1/token1", $"hub.mode=subscribe&hub.topic={Uri.EscapeDataString(Topic.AbsoluteUri)}&hub.challenge=abc123&hub.lease_seconds=3600");

        var answer = await call.AnswerAsync(host.Function<VerifyWebSub>().Run(call.Request, "feed1", "token1", Ct));

        Assert.Equal((200, "abc123"), (answer.Status, answer.Body));
        Assert.StartsWith("text/plain", answer.ContentType, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_WithAnUnknownToken_Answers404AndChangesNothing()
    {
        await using var host = FunctionsHost.Create(azurite);
        await host.Get<HubSubscriptionStore>().SaveAsync(Subscription(), Ct);
        var call = HttpCall.Get("/api/websub/feed1/guess", $"hub.mode=subscribe&hub.topic={Uri.EscapeDataString(Topic.AbsoluteUri)}&hub.challenge=abc123");

        var answer = await call.AnswerAsync(host.Function<VerifyWebSub>().Run(call.Request, "feed1", "guess", Ct));

        ProblemAssert.IsProblem(answer, 404);
        Assert.Equal(HubState.Requested, (await host.Get<HubSubscriptionStore>().FindAsync("feed1", Ct))!.State);
    }

    [Fact]
    public async Task Receive_Unsigned_Answers403NamingWhy()
    {
        await using var host = FunctionsHost.Create(azurite);
        await host.Get<HubSubscriptionStore>().SaveAsync(Subscription() with { State = HubState.Active, LeaseUntil = DateTimeOffset.UtcNow.AddDays(1) }, Ct);
        var call = HttpCall.Post("/api/websub/feed1/token1", "<rss/>", "application/rss+xml");

        var answer = await call.AnswerAsync(host.Function<ReceiveWebSub>().Run(call.Request, "feed1", "token1", Ct));

        ProblemAssert.IsProblem(answer, 403);
        Assert.Contains("unsigned", answer.Json.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Receive_SignedForAFeedNoLongerWatched_Answers404()
    {
        await using var host = FunctionsHost.Create(azurite);
        await host.Get<HubSubscriptionStore>().SaveAsync(Subscription() with { State = HubState.Active, LeaseUntil = DateTimeOffset.UtcNow.AddDays(1) }, Ct);
        var call = HttpCall.Post("/api/websub/feed1/token1", "<rss/>", "application/rss+xml");
        call.Request.Headers[HubSignature.Header] = HubSignature.Sign(Encoding.UTF8.GetBytes("<rss/>"), "secret1");

        var answer = await call.AnswerAsync(host.Function<ReceiveWebSub>().Run(call.Request, "feed1", "token1", Ct));

        ProblemAssert.IsProblem(answer, 404);
    }

    private static HubSubscription Subscription() =>
        new("feed1", new Uri("https://hub.example/"), Topic, HubState.Requested, "token1", "secret1") { RequestedAt = DateTimeOffset.UtcNow };
}
