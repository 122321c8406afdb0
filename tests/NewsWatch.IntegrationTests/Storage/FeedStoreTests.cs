using Azure;
using Azure.Data.Tables;
using NewsWatch.Core.Feeds;
using NewsWatch.Core.Storage;
using NewsWatch.IntegrationTests.Support;

namespace NewsWatch.IntegrationTests.Storage;

/// <summary>Writes of a poll's result while users change or remove the feed: nobody's change is lost.</summary>
public sealed class FeedStoreTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Now = new(2026, 5, 1, 12, 0, 0, TimeSpan.Zero);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RecordPoll_WhenTheFeedWasRemovedAfterItWasRead_LeavesItRemoved()
    {
        await using var host = TestHost.Create(azurite);
        var feeds = host.Get<FeedStore>();
        var added = await feeds.AddAsync(new Uri("https://news.example/rss"), "Wire", null, Ct);
        var read = (await feeds.FindAsync(added.Id, Ct))!;
        await feeds.RemoveAsync(added.Id, Ct);

        var recorded = await feeds.RecordPollAsync(Polled(read), Ct);

        Assert.Null(recorded);
        Assert.Empty(await host.RowsAsync(TableNames.Feeds));
    }

    [Fact]
    public async Task RecordPoll_WhenAUserRenamedAndDisabledTheFeedMeanwhile_KeepsTheirChangeAndRecordsThePoll()
    {
        await using var host = TestHost.Create(azurite);
        var feeds = host.Get<FeedStore>();
        var read = await feeds.AddAsync(new Uri("https://news.example/rss"), "Wire", "en", Ct);
        await ChangeAsUserAsync(host, read.Id, new() { ["Title"] = "Renamed", ["Language"] = "fr", ["IsEnabled"] = false, ["DisabledReason"] = "Paused by a user." });

        var recorded = await feeds.RecordPollAsync(Polled(read), Ct);

        var stored = (await feeds.FindAsync(read.Id, Ct))!;
        Assert.Equal(stored, recorded);
        Assert.Equal(("Renamed", "fr", false, "Paused by a user."), (stored.Title, stored.Language, stored.IsEnabled, stored.DisabledReason));
        Assert.Equal(Polled(read) with { Title = "Renamed", Language = "fr", IsEnabled = false, DisabledReason = "Paused by a user.", Version = stored.Version }, stored);
    }

    [Fact]
    public async Task RecordPoll_WhenTheFeedIsGoneAndAUserRenamedIt_DisablesItAndKeepsTheNewTitle()
    {
        await using var host = TestHost.Create(azurite);
        var feeds = host.Get<FeedStore>();
        var read = await feeds.AddAsync(new Uri("https://news.example/rss"), "Wire", null, Ct);
        await ChangeAsUserAsync(host, read.Id, new() { ["Title"] = "Renamed" });

        await feeds.RecordPollAsync(read with { LastPolledAt = Now, IsEnabled = false, DisabledReason = "Gone (410)." }, Ct);

        var stored = (await feeds.FindAsync(read.Id, Ct))!;
        Assert.Equal(("Renamed", false, "Gone (410).", Now), (stored.Title, stored.IsEnabled, stored.DisabledReason, stored.LastPolledAt));
    }

    [Fact]
    public async Task RecordPoll_ReturnsTheVersionItWrote_SoThePollsNextWriteGoesOverItsOwn()
    {
        await using var host = TestHost.Create(azurite);
        var feeds = host.Get<FeedStore>();
        var read = await feeds.AddAsync(new Uri("https://news.example/rss"), "Wire", null, Ct);

        var marked = (await feeds.RecordPollAsync(read with { PendingSince = Now }, Ct))!;
        var done = (await feeds.RecordPollAsync(Polled(marked) with { PendingSince = null }, Ct))!;

        var stored = (await feeds.FindAsync(read.Id, Ct))!;
        Assert.NotEqual(read.Version, marked.Version);
        Assert.Equal(stored.Version, done.Version);
        Assert.Equal((Now, (DateTimeOffset?)null), (stored.LastSuccessAt, stored.PendingSince));
    }

    [Fact]
    public async Task Add_WhenTheFeedIsWatchedAlready_LeavesItAsItIs()
    {
        await using var host = TestHost.Create(azurite);
        var feeds = host.Get<FeedStore>();
        var first = await feeds.AddAsync(new Uri("https://news.example/rss"), "Wire", null, Ct);
        await feeds.RecordPollAsync(Polled(first), Ct);

        var again = await feeds.AddAsync(new Uri("https://news.example/rss"), "Another title", null, Ct);

        Assert.Equal(("Wire", 7L), (again.Title, again.ItemCount));
    }

    private static WatchedFeed Polled(WatchedFeed read) => read with
    {
        ETag = "\"e2\"",
        LastPolledAt = Now,
        LastSuccessAt = Now,
        NextPollAt = Now.AddMinutes(5),
        ItemCount = 7,
    };

    /// <summary>A change made through the API or the CLI, by another process: straight to the row.</summary>
    private static async Task ChangeAsUserAsync(TestHost host, string feedId, Dictionary<string, object> columns)
    {
        var row = new TableEntity(columns) { PartitionKey = "feed", RowKey = feedId };
        await host.Table(TableNames.Feeds).UpdateEntityAsync(row, ETag.All, TableUpdateMode.Merge, Ct);
    }
}
