using Azure.Data.Tables;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Time.Testing;
using NewsWatch.Core.Pipeline;
using NewsWatch.Core.Storage;
using NewsWatch.Core.Webhooks;
using NewsWatch.IntegrationTests.Support;

namespace NewsWatch.IntegrationTests.Pipeline;

/// <summary>
/// A cycle can die between any two writes. These tests put storage in the state such a
/// death leaves and check that the next cycle finishes the work exactly once.
/// </summary>
public sealed class CrashRecoveryTests(AzuriteFixture azurite)
{
    private static readonly RssFeed.Item Departure = new(
        "en-1",
        "Head of alignment resigns from frontier AI lab, citing safety concerns",
        "The researcher who led the lab's superalignment team said he was leaving the company.",
        "https://news.example/ai/alignment-head-resigns",
        // An hour before the test runs: items first seen weeks after publication raise no alert.
        new DateTimeOffset(DateTimeOffset.UtcNow.AddHours(-1).Ticks / TimeSpan.TicksPerSecond * TimeSpan.TicksPerSecond, TimeSpan.Zero));

    [Fact]
    public async Task Poll_AfterDyingBetweenOutboxWriteAndItemCompletion_EndsInExactlyOneDelivery()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var rss = RssFeed.Of("AI Wire", "en", Departure);
        await using var feedServer = await LoopbackServer.StartAsync(context => context.Response.WriteAsync(rss));
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var host = TestHost.Create(azurite, time);
        var ct = TestContext.Current.CancellationToken;
        var feed = await host.Get<FeedStore>().AddAsync(feedServer.Url("rss"), null, null, ct);
        await host.Get<SubscriptionStore>().SaveAsync(new Subscription("sub1", receiver.Url, WebhookSecret.Create(), time.GetUtcNow()), ct);
        await host.Get<PollCycle>().RunAsync(ct);
        await LeaveAsIfCrashedAfterOutboxWrite(host, feed.Id, ct);

        time.Advance(TimeSpan.FromMinutes(6));
        var recovery = await host.Get<PollCycle>().RunAsync(ct);
        await host.Get<DeliveryCycle>().RunAsync(ct);

        Assert.Equal(1, recovery.Alerts);
        Assert.Single(await host.RowsAsync(TableNames.Alerts));
        Assert.Single(await host.RowsAsync(TableNames.Deliveries));
        Assert.Single(receiver.Deliveries);
        var item = Assert.Single(await host.RowsAsync(TableNames.Items));
        Assert.True(item.GetBoolean("IsDone"));
    }

    [Fact]
    public async Task Poll_WhenTheFeedNoLongerCarriesAPendingItem_StillFinishesIt()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var rss = RssFeed.Of("AI Wire", "en", Departure);
        await using var feedServer = await LoopbackServer.StartAsync(context => context.Response.WriteAsync(
            feedServerRequests++ == 0 ? rss : RssFeed.Of("AI Wire", "en")));
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var host = TestHost.Create(azurite, time);
        var ct = TestContext.Current.CancellationToken;
        var feed = await host.Get<FeedStore>().AddAsync(feedServer.Url("rss"), null, null, ct);
        await host.Get<SubscriptionStore>().SaveAsync(new Subscription("sub1", receiver.Url, WebhookSecret.Create(), time.GetUtcNow()), ct);
        await host.Get<PollCycle>().RunAsync(ct);
        await LeaveAsIfCrashedAfterOutboxWrite(host, feed.Id, ct);
        await host.Table(TableNames.Deliveries).DeleteEntityAsync("sub1", (await host.RowsAsync(TableNames.Deliveries))[0].RowKey, cancellationToken: ct);

        time.Advance(TimeSpan.FromMinutes(6));
        await host.Get<PollCycle>().RunAsync(ct);
        await host.Get<DeliveryCycle>().RunAsync(ct);

        Assert.Single(await host.RowsAsync(TableNames.Alerts));
        Assert.Single(receiver.Deliveries);
    }

    [Fact]
    public async Task Poll_WhenAnotherFeedClaimedTheLinkButDiedBeforeRecordingTheItem_StillAlertsOnIt()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var rss = RssFeed.Of("AI Wire", "en", Departure);
        await using var feedServer = await LoopbackServer.StartAsync(context => context.Response.WriteAsync(rss));
        await using var host = TestHost.Create(azurite, time);
        var ct = TestContext.Current.CancellationToken;
        var carried = new NewsWatch.Core.Feeds.NewsItem("dead-feed", "never-recorded", Departure.Title, "", new Uri(Departure.Link), NewsWatch.Core.Feeds.CanonicalLink.From(new Uri(Departure.Link)), Departure.Published, "en", "Dead");
        // Claimed longer ago than any poll takes to record its item: that feed's cycle died.
        var orphanClaim = LinkEntity.Claim(carried, time.GetUtcNow() - ItemStore.ClaimGrace - TimeSpan.FromMinutes(1));
        await host.Table(TableNames.Links).CreateIfNotExistsAsync(ct);
        await host.Table(TableNames.Links).AddEntityAsync(orphanClaim, ct);
        await host.Get<FeedStore>().AddAsync(feedServer.Url("rss"), null, null, ct);

        var summary = await host.Get<PollCycle>().RunAsync(ct);

        Assert.Equal(1, summary.Alerts);
        Assert.Single(await host.RowsAsync(TableNames.Alerts));
    }

    [Fact]
    public async Task Poll_WhenAnotherFeedClaimedTheLinkAMomentAgo_TreatsTheItemAsThatFeedsDuplicate()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var rss = RssFeed.Of("AI Wire", "en", Departure);
        await using var feedServer = await LoopbackServer.StartAsync(context => context.Response.WriteAsync(rss));
        await using var host = TestHost.Create(azurite, time);
        var ct = TestContext.Current.CancellationToken;
        var carried = new NewsWatch.Core.Feeds.NewsItem("busy-feed", "being-recorded", Departure.Title, "", new Uri(Departure.Link), NewsWatch.Core.Feeds.CanonicalLink.From(new Uri(Departure.Link)), Departure.Published, "en", "Busy");
        // Another feed's poll, in the same instant, has claimed the link and is recording its item.
        await host.Table(TableNames.Links).CreateIfNotExistsAsync(ct);
        await host.Table(TableNames.Links).AddEntityAsync(LinkEntity.Claim(carried, time.GetUtcNow()), ct);
        await host.Get<FeedStore>().AddAsync(feedServer.Url("rss"), null, null, ct);

        var summary = await host.Get<PollCycle>().RunAsync(ct);

        Assert.Equal((1, 0), (summary.FeedsPolled, summary.Alerts));
        var item = Assert.Single(await host.RowsAsync(TableNames.Items));
        Assert.Equal("busy-feed", item.GetString("DuplicateOfFeed"));
    }

    private int feedServerRequests;

    /// <summary>The Items row back to pending and the feed marked mid-processing: what a death before completion leaves.</summary>
    private static async Task LeaveAsIfCrashedAfterOutboxWrite(TestHost host, string feedId, CancellationToken ct)
    {
        var items = host.Table(TableNames.Items);
        var item = Assert.Single(await host.RowsAsync(TableNames.Items));
        item["IsDone"] = false;
        await items.UpdateEntityAsync(item, item.ETag, TableUpdateMode.Merge, ct);
        var feeds = host.Get<FeedStore>();
        var feed = await feeds.FindAsync(feedId, ct);
        await feeds.RecordPollAsync(feed! with { PendingSince = host.Time!.GetUtcNow() }, ct);
    }
}
