using Azure;
using Azure.Data.Tables;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Time.Testing;
using NewsWatch.Core.Pipeline;
using NewsWatch.Core.Storage;
using NewsWatch.IntegrationTests.Support;

namespace NewsWatch.IntegrationTests.Pipeline;

public sealed class PollCycleTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Poll_WhenOneFeedFails_RecordsItsErrorAndStillPollsTheOthers()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var rss = RssFeed.Of("Working", "en", new RssFeed.Item("1", "A headline", "Text.", "https://news.example/1", time.GetUtcNow()));
        await using var server = await LoopbackServer.StartAsync(context =>
        {
            if (context.Request.Path == "/broken")
            {
                context.Response.StatusCode = 500;
                return Task.CompletedTask;
            }

            return context.Response.WriteAsync(context.Request.Path == "/garbage" ? "this is not xml <" : rss);
        });
        await using var host = TestHost.Create(azurite, time);
        var ct = TestContext.Current.CancellationToken;
        var feeds = host.Get<FeedStore>();
        var broken = await feeds.AddAsync(server.Url("broken"), null, null, ct);
        var garbage = await feeds.AddAsync(server.Url("garbage"), null, null, ct);
        var working = await feeds.AddAsync(server.Url("working"), null, null, ct);

        var summary = await host.Get<PollCycle>().RunAsync(ct);

        Assert.Equal((3, 2, 1), (summary.FeedsPolled, summary.Failed, summary.NewItems));
        var brokenAfter = await feeds.FindAsync(broken.Id, ct);
        Assert.Equal(1, brokenAfter!.ConsecutiveFailures);
        Assert.Contains("500", brokenAfter.LastError, StringComparison.Ordinal);
        Assert.True(brokenAfter.NextPollAt > time.GetUtcNow());
        var garbageAfter = await feeds.FindAsync(garbage.Id, ct);
        Assert.False(string.IsNullOrWhiteSpace(garbageAfter!.LastError));
        var workingAfter = await feeds.FindAsync(working.Id, ct);
        Assert.Equal((0, 1L, (string?)null), (workingAfter!.ConsecutiveFailures, workingAfter.ItemCount, workingAfter.LastError));
    }

    [Fact]
    public async Task Poll_WhenTheSameArticleArrivesThroughASecondFeed_DoesNotClassifyItAgain()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var item = new RssFeed.Item("x", "AI safety institute director steps down", "The head of the government AI safety institute resigned.", "https://news.example/aisi?utm_medium=rss", time.GetUtcNow());
        var moved = item with { Id = "y", Link = "https://news.example/aisi#comments" };
        await using var server = await LoopbackServer.StartAsync(context =>
            context.Response.WriteAsync(context.Request.Path == "/a" ? RssFeed.Of("A", "en", item) : RssFeed.Of("B", "en", moved)));
        await using var host = TestHost.Create(azurite, time);
        var ct = TestContext.Current.CancellationToken;
        await host.Get<FeedStore>().AddAsync(server.Url("a"), null, null, ct);
        await host.Get<PollCycle>().RunAsync(ct);
        await host.Get<FeedStore>().AddAsync(server.Url("b"), null, null, ct);

        time.Advance(TimeSpan.FromMinutes(6));
        var second = await host.Get<PollCycle>().RunAsync(ct);

        Assert.Equal((2, 0), (second.FeedsPolled, second.NewItems));
    }

    [Fact]
    public async Task Poll_WhenTheFeedIsRemovedWhileItIsFetched_LeavesNoFeedRow()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var host = TestHost.Create(azurite, time);
        var feeds = host.Get<FeedStore>();
        string? feedId = null;
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            // The user removes the feed through the API or the CLI while the cycle waits for its answer.
            await feeds.RemoveAsync(feedId!, context.RequestAborted);
            await context.Response.WriteAsync(AlertingFeed(time));
        });
        feedId = (await feeds.AddAsync(server.Url("rss"), null, null, TestContext.Current.CancellationToken)).Id;

        var summary = await host.Get<PollCycle>().RunAsync(TestContext.Current.CancellationToken);

        Assert.Equal((1, 0), (summary.FeedsPolled, summary.Failed));
        Assert.Empty(await host.RowsAsync(TableNames.Feeds));
    }

    [Fact]
    public async Task Poll_WhenAUserRenamesAndDisablesTheFeedWhileItIsFetched_KeepsTheirChangeAndRecordsThePoll()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var host = TestHost.Create(azurite, time);
        var feeds = host.Get<FeedStore>();
        string? feedId = null;
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            var change = new TableEntity("feed", feedId!) { ["Title"] = "Renamed by a user", ["IsEnabled"] = false, ["DisabledReason"] = "Paused by a user." };
            await host.Table(TableNames.Feeds).UpdateEntityAsync(change, ETag.All, TableUpdateMode.Merge, context.RequestAborted);
            await context.Response.WriteAsync(AlertingFeed(time));
        });
        feedId = (await feeds.AddAsync(server.Url("rss"), null, null, TestContext.Current.CancellationToken)).Id;

        var summary = await host.Get<PollCycle>().RunAsync(TestContext.Current.CancellationToken);

        var stored = (await feeds.FindAsync(feedId, TestContext.Current.CancellationToken))!;
        Assert.Equal((1, 1), (summary.NewItems, summary.Alerts));
        Assert.Equal(("Renamed by a user", false, "Paused by a user."), (stored.Title, stored.IsEnabled, stored.DisabledReason));
        Assert.Equal((time.GetUtcNow(), 1L, (DateTimeOffset?)null), (stored.LastSuccessAt, stored.ItemCount, stored.PendingSince));
    }

    /// <summary>A feed whose one item raises an alert, so that polling it also marks the feed pending on the way.</summary>
    private static string AlertingFeed(TimeProvider time) => RssFeed.Of("Wire", "en", new RssFeed.Item(
        "x", "AI safety institute director steps down", "The head of the government AI safety institute resigned.", "https://news.example/aisi", time.GetUtcNow()));
}
