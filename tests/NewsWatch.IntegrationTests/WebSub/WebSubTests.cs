using System.Globalization;
using System.Security;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Time.Testing;
using NewsWatch.Core.Pipeline;
using NewsWatch.Core.Storage;
using NewsWatch.Core.Webhooks;
using NewsWatch.Core.WebSub;
using NewsWatch.IntegrationTests.Support;
using NewsWatch.Testing.WebSub;

namespace NewsWatch.IntegrationTests.WebSub;

/// <summary>
/// WebSub end to end on loopback: a feed that advertises a hub, a hub that implements the
/// Recommendation's hub and publisher sides, and NewsWatch's callback served over HTTP.
/// </summary>
public sealed class WebSubTests(AzuriteFixture azurite)
{
    private const string Departure = "Head of AI safety at Quarrender Labs resigns";
    private static readonly TimeSpan HubWait = TimeSpan.FromSeconds(15);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task APollSubscribesAtTheAdvertisedHub_AndAPushReachesAWebhookInOneDeliveryCycle()
    {
        await using var setup = await WebSubSetup.StartAsync(azurite);
        await using var receiver = await WebhookReceiver.StartAsync();
        var secret = WebhookSecret.Create();
        await setup.Host.Get<SubscriptionStore>().SaveAsync(new Subscription("sub1", receiver.Url, secret, DateTimeOffset.UtcNow.AddDays(-1)), Ct);

        await setup.Host.Get<PollCycle>().RunAsync(Ct);
        Assert.True(await setup.Hub.SawAsync("subscribe verified", HubWait, Ct), string.Join("\n", setup.Hub.Log));
        var subscription = await setup.Host.Get<HubSubscriptionStore>().FindAsync(setup.Feed.Id, Ct);
        var statuses = await setup.Hub.PublishAsync(setup.Topic, setup.Rss(Departure), "application/rss+xml", LoopbackHub.Signing.WithSecret, Ct);
        var delivery = await setup.Host.Get<DeliveryCycle>().RunAsync(Ct);

        Assert.Equal(HubState.Active, subscription!.State);
        Assert.InRange(subscription.LeaseUntil!.Value, DateTimeOffset.UtcNow.AddDays(9), DateTimeOffset.UtcNow.AddDays(11));
        Assert.Equal([202], statuses);
        Assert.Equal(1, delivery.Delivered);
        var webhook = Assert.Single(receiver.Deliveries);
        Assert.True(WebhookReceiver.HasValidSignature(webhook, secret));
        using var body = JsonDocument.Parse(webhook.Body);
        Assert.Equal(Departure, body.RootElement.GetProperty("data").GetProperty("title").GetString());
    }

    [Fact]
    public async Task WhileTheHubPushes_TheFeedIsPolledOnlyAsASlowFallback()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var setup = await WebSubSetup.StartAsync(azurite, time);
        await setup.Host.Get<PollCycle>().RunAsync(Ct);
        Assert.True(await setup.Hub.SawAsync("subscribe verified", HubWait, Ct), string.Join("\n", setup.Hub.Log));

        time.Advance(TimeSpan.FromMinutes(6));
        var second = await setup.Host.Get<PollCycle>().RunAsync(Ct);

        Assert.Equal(1, second.FeedsPolled);
        var stored = await setup.Host.Get<FeedStore>().FindAsync(setup.Feed.Id, Ct);
        Assert.Equal(time.GetUtcNow() + TimeSpan.FromHours(6), stored!.NextPollAt);
        Assert.Equal(1, setup.Hub.Log.Count(line => line.StartsWith("subscribe requested", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task AHubOverPlainHttp_IsNotSentTheSecret()
    {
        await using var setup = await WebSubSetup.StartAsync(azurite, requireHttps: true);

        await setup.Host.Get<PollCycle>().RunAsync(Ct);

        Assert.Empty(setup.Hub.Log);
        Assert.Null(await setup.Host.Get<HubSubscriptionStore>().FindAsync(setup.Feed.Id, Ct));
    }

    [Fact]
    public async Task AHubsDenial_IsRecordedWithItsReason_ButNotWhileUnsubscribing()
    {
        await using var setup = await WebSubSetup.StartAsync(azurite, verifies: false);
        await setup.Host.Get<PollCycle>().RunAsync(Ct);
        var store = setup.Host.Get<HubSubscriptionStore>();
        var subscription = (await store.FindAsync(setup.Feed.Id, Ct))!;
        var denial = new Dictionary<string, string?> { ["hub.mode"] = "denied", ["hub.topic"] = setup.Topic.AbsoluteUri, ["hub.reason"] = "topic not hosted here" };

        var answer = await setup.Host.Get<HubCallback>().VerifyAsync(setup.Feed.Id, subscription.Token, denial, Ct);

        Assert.Equal(200, answer.Status);
        var denied = (await store.FindAsync(setup.Feed.Id, Ct))!;
        Assert.Equal((HubState.Failed, "The hub denied the subscription: topic not hosted here"), (denied.State, denied.LastError));
        await store.SaveAsync(denied with { State = HubState.Unsubscribing, Version = null }, Ct);
        await setup.Host.Get<HubCallback>().VerifyAsync(setup.Feed.Id, subscription.Token, denial, Ct);
        Assert.Equal(HubState.Unsubscribing, (await store.FindAsync(setup.Feed.Id, Ct))!.State);
    }

    [Theory]
    [InlineData(LoopbackHub.Signing.NoSignature, "unsigned")]
    [InlineData(LoopbackHub.Signing.WrongSecret, "does not match")]
    public async Task APushNotSignedWithTheSubscriptionsSecret_IsRefused_AndTakesNothingIn(LoopbackHub.Signing signing, string reason)
    {
        await using var setup = await WebSubSetup.StartAsync(azurite);
        await setup.Host.Get<PollCycle>().RunAsync(Ct);
        Assert.True(await setup.Hub.SawAsync("subscribe verified", HubWait, Ct), string.Join("\n", setup.Hub.Log));
        var itemsBefore = (await setup.Host.RowsAsync(TableNames.Items)).Count;

        var statuses = await setup.Hub.PublishAsync(setup.Topic, setup.Rss(Departure), "application/rss+xml", signing, Ct);

        Assert.Equal([403], statuses);
        var items = await setup.Host.RowsAsync(TableNames.Items);
        Assert.Equal(itemsBefore, items.Count);
        Assert.DoesNotContain(items, row => row.GetString("Title") == Departure);
        var subscription = await setup.Host.Get<HubSubscriptionStore>().FindAsync(setup.Feed.Id, Ct);
        Assert.Contains(reason, subscription!.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AHubThatNeverVerifies_BecomesAClearErrorOnTheSubscription()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var setup = await WebSubSetup.StartAsync(azurite, time, verifies: false);
        await setup.Host.Get<PollCycle>().RunAsync(Ct);
        Assert.True(await setup.Hub.SawAsync("subscribe requested", HubWait, Ct));

        time.Advance(TimeSpan.FromHours(2));
        await setup.Host.Get<PollCycle>().RunAsync(Ct);

        var subscription = await setup.Host.Get<HubSubscriptionStore>().FindAsync(setup.Feed.Id, Ct);
        Assert.Equal(HubState.Failed, subscription!.State);
        Assert.Contains("never verified", subscription.LastError, StringComparison.Ordinal);
        var feed = await setup.Host.Get<FeedStore>().FindAsync(setup.Feed.Id, Ct);
        Assert.Null(feed!.LastError);
    }

    [Fact]
    public async Task ALeaseNearItsEnd_IsRenewedAtTheNextPoll_WithTheSameCallback()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var setup = await WebSubSetup.StartAsync(azurite, time);
        await setup.Host.Get<PollCycle>().RunAsync(Ct);
        Assert.True(await setup.Hub.SawAsync("subscribe verified", HubWait, Ct), string.Join("\n", setup.Hub.Log));

        time.Advance(TimeSpan.FromDays(9.5));
        await setup.Host.Get<PollCycle>().RunAsync(Ct);

        Assert.True(await setup.Hub.WaitForAsync(log => log.Count(line => line.StartsWith("subscribe verified", StringComparison.Ordinal)) == 2, HubWait, Ct), string.Join("\n", setup.Hub.Log));
        var callbacks = setup.Hub.Log.Where(line => line.StartsWith("subscribe requested", StringComparison.Ordinal)).Distinct().ToList();
        Assert.Single(callbacks);
        var renewed = await setup.Host.Get<HubSubscriptionStore>().FindAsync(setup.Feed.Id, Ct);
        Assert.Equal(HubState.Active, renewed!.State);
        Assert.True(renewed.LeaseUntil > time.GetUtcNow().AddDays(9), $"lease until {renewed.LeaseUntil}");
    }

    [Fact]
    public async Task RemovingTheFeed_EndsItsSubscriptionAtTheHub()
    {
        await using var setup = await WebSubSetup.StartAsync(azurite);
        await setup.Host.Get<PollCycle>().RunAsync(Ct);
        Assert.True(await setup.Hub.SawAsync("subscribe verified", HubWait, Ct), string.Join("\n", setup.Hub.Log));

        Assert.True(await setup.Host.Get<FeedRemoval>().RemoveAsync(setup.Feed.Id, Ct));

        Assert.True(await setup.Hub.SawAsync("unsubscribe verified", HubWait, Ct), string.Join("\n", setup.Hub.Log));
        Assert.Empty(setup.Hub.Subscribers);
        Assert.Null(await setup.Host.Get<HubSubscriptionStore>().FindAsync(setup.Feed.Id, Ct));
    }

    [Fact]
    public async Task AVerificationWithAnotherTokenOrTopic_IsNotAnswered()
    {
        await using var setup = await WebSubSetup.StartAsync(azurite, verifies: false);
        await setup.Host.Get<PollCycle>().RunAsync(Ct);
        var subscription = (await setup.Host.Get<HubSubscriptionStore>().FindAsync(setup.Feed.Id, Ct))!;
        var callback = setup.Host.Get<HubCallback>();
        Dictionary<string, string?> Query(Uri topic) => new() { ["hub.mode"] = "subscribe", ["hub.topic"] = topic.AbsoluteUri, ["hub.challenge"] = "c1", ["hub.lease_seconds"] = "600" };

        var wrongToken = await callback.VerifyAsync(setup.Feed.Id, subscription.Token + "x", Query(setup.Topic), Ct);
        var wrongTopic = await callback.VerifyAsync(setup.Feed.Id, subscription.Token, Query(new Uri("https://elsewhere.example/feed")), Ct);
        var right = await callback.VerifyAsync(setup.Feed.Id, subscription.Token, Query(setup.Topic), Ct);

        Assert.Equal((404, 404, 200, "c1"), (wrongToken.Status, wrongTopic.Status, right.Status, right.Text));
    }

    [Fact]
    public async Task AVerificationNewsWatchIsNotAwaiting_IsNotAnswered_SoAKnownCallbackCannotStretchTheLease()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var setup = await WebSubSetup.StartAsync(azurite, time);
        await setup.Host.Get<PollCycle>().RunAsync(Ct);
        Assert.True(await setup.Hub.SawAsync("subscribe verified", HubWait, Ct), string.Join("\n", setup.Hub.Log));
        var verified = (await setup.Host.Get<HubSubscriptionStore>().FindAsync(setup.Feed.Id, Ct))!;
        time.Advance(TimeSpan.FromHours(2));
        Dictionary<string, string?> yearLong = new() { ["hub.mode"] = "subscribe", ["hub.topic"] = setup.Topic.AbsoluteUri, ["hub.challenge"] = "c1", ["hub.lease_seconds"] = "31536000" };

        var answer = await setup.Host.Get<HubCallback>().VerifyAsync(setup.Feed.Id, verified.Token, yearLong, Ct);

        Assert.Equal(404, answer.Status);
        var after = (await setup.Host.Get<HubSubscriptionStore>().FindAsync(setup.Feed.Id, Ct))!;
        Assert.Equal((HubState.Active, verified.LeaseUntil), (after.State, after.LeaseUntil));
    }

    [Fact]
    public async Task ASecondVerificationOfOneRequest_IsNotAnswered_AndALeaseIsNeverLongerThanAsked()
    {
        await using var setup = await WebSubSetup.StartAsync(azurite, verifies: false);
        await setup.Host.Get<PollCycle>().RunAsync(Ct);
        var requested = (await setup.Host.Get<HubSubscriptionStore>().FindAsync(setup.Feed.Id, Ct))!;
        var callback = setup.Host.Get<HubCallback>();
        Dictionary<string, string?> Query(string challenge) => new() { ["hub.mode"] = "subscribe", ["hub.topic"] = setup.Topic.AbsoluteUri, ["hub.challenge"] = challenge, ["hub.lease_seconds"] = "31536000" };

        var first = await callback.VerifyAsync(setup.Feed.Id, requested.Token, Query("c1"), Ct);
        var afterFirst = (await setup.Host.Get<HubSubscriptionStore>().FindAsync(setup.Feed.Id, Ct))!;
        var second = await callback.VerifyAsync(setup.Feed.Id, requested.Token, Query("c2"), Ct);
        var afterSecond = (await setup.Host.Get<HubSubscriptionStore>().FindAsync(setup.Feed.Id, Ct))!;

        Assert.Equal((200, 404), (first.Status, second.Status));
        Assert.InRange(afterFirst.LeaseUntil!.Value, DateTimeOffset.UtcNow.AddDays(9), DateTimeOffset.UtcNow.AddDays(10.1));
        Assert.Equal(afterFirst.LeaseUntil, afterSecond.LeaseUntil);
    }

    [Fact]
    public async Task TheHubsSecretAndTheCallbackToken_AreSealedAtRest()
    {
        await using var setup = await WebSubSetup.StartAsync(azurite, verifies: false);
        await setup.Host.Get<PollCycle>().RunAsync(Ct);
        var subscription = (await setup.Host.Get<HubSubscriptionStore>().FindAsync(setup.Feed.Id, Ct))!;

        var row = Assert.Single(await setup.Host.RowsAsync(TableNames.HubSubscriptions));

        Assert.StartsWith("sealed.", row.GetString("Secret"), StringComparison.Ordinal);
        Assert.StartsWith("sealed.", row.GetString("Token"), StringComparison.Ordinal);
        Assert.DoesNotContain(subscription.Secret, row.GetString("Secret"), StringComparison.Ordinal);
    }

    /// <summary>A hub, a feed advertising it, NewsWatch's callback served over HTTP, and a host wired to them.</summary>
    private sealed class WebSubSetup : IAsyncDisposable
    {
        private LoopbackServer feedServer = null!;
        private LoopbackServer callbackServer = null!;

        public LoopbackHub Hub { get; private set; } = null!;

        public TestHost Host { get; private set; } = null!;

        public Core.Feeds.WatchedFeed Feed { get; private set; } = null!;

        public Uri Topic => feedServer.Url("feed.xml");

        public static async Task<WebSubSetup> StartAsync(AzuriteFixture azurite, FakeTimeProvider? time = null, bool verifies = true, bool requireHttps = false)
        {
            var setup = new WebSubSetup { Hub = await LoopbackHub.StartAsync() };
            setup.Hub.VerifiesIntent = verifies;
            setup.feedServer = await LoopbackServer.StartAsync(context => context.Response.WriteAsync(setup.Rss("Quarterly results at the bakery")));
            setup.callbackServer = await LoopbackServer.StartAsync(context => setup.AnswerHubAsync(context));
            setup.Host = TestHost.Create(azurite, time, new Dictionary<string, string?>
            {
                ["NewsWatch:WebSub:CallbackBaseUrl"] = setup.callbackServer.Url("websub").AbsoluteUri,
                ["NewsWatch:WebSub:RequireHttpsHubs"] = requireHttps ? "true" : "false",
            });
            setup.Feed = await setup.Host.Get<FeedStore>().AddAsync(setup.Topic, null, "en", Ct);
            return setup;
        }

        public string Rss(string title)
        {
            var published = DateTimeOffset.UtcNow.AddMinutes(-10).ToString("R", CultureInfo.InvariantCulture);
            return $"""
                <?xml version="1.0" encoding="utf-8"?>
                <rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>Wire</title><link>https://wire.example/</link>
                <atom:link rel="hub" href="{Hub.Url}"/><atom:link rel="self" href="{Topic}"/>
                <item><guid>{SecurityElement.Escape(title)}</guid><title>{SecurityElement.Escape(title)}</title><description>The lab confirmed the change on Monday.</description><pubDate>{published}</pubDate></item>
                </channel></rss>
                """;
        }

        public async ValueTask DisposeAsync()
        {
            await Host.DisposeAsync();
            await callbackServer.DisposeAsync();
            await feedServer.DisposeAsync();
            await Hub.DisposeAsync();
        }

        /// <summary>What the Functions app's VerifyWebSub and ReceiveWebSub do, served here over HTTP so the hub can call it.</summary>
        private async Task AnswerHubAsync(HttpContext context)
        {
            var parts = context.Request.Path.Value!.Split('/', StringSplitOptions.RemoveEmptyEntries);
            var callback = Host.Get<HubCallback>();
            var answer = context.Request.Method == HttpMethods.Get
                ? await callback.VerifyAsync(parts[1], parts[2], context.Request.Query.ToDictionary(q => q.Key, q => (string?)q.Value.ToString(), StringComparer.Ordinal), context.RequestAborted)
                : await callback.ReceiveAsync(parts[1], parts[2], context.Request.Body, context.Request.ContentType, context.Request.Headers[HubSignature.Header].ToString(), context.RequestAborted);
            context.Response.StatusCode = answer.Status;
            if (answer.Text is not null)
                await context.Response.WriteAsync(answer.Text, context.RequestAborted);
        }
    }
}
