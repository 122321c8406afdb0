using NewsWatch.Core.Alerts;
using NewsWatch.Core.Storage;
using NewsWatch.IntegrationTests.Support;

namespace NewsWatch.IntegrationTests.Storage;

public sealed class AlertStoreTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Now = new(2026, 5, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Add_WhenTheSourcesWouldOverflowTheRow_ListsTheFirstOnesAndCountsTheRest()
    {
        await using var host = TestHost.Create(azurite);
        var ct = TestContext.Current.CancellationToken;
        var store = host.Get<AlertStore>();
        var alert = SampleAlerts.Departure(Now);
        var sources = Enumerable.Range(0, 30).Select(i => LongLinkedSource(i.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToArray();

        var key = await store.AddAsync(alert with { Sources = sources }, ct);
        var joined = await store.UpdateAsync(key, stored => stored with { Score = 0.95 }, ct);

        var stored = (await store.FindAsync(alert.Id, ct))!;
        Assert.NotNull(joined);
        Assert.Equal(0.95, stored.Score);
        Assert.InRange(stored.Sources.Count, 1, 29);
        Assert.Equal(30, stored.Sources.Count + stored.LaterSources);
        Assert.Equal(sources[..stored.Sources.Count].Select(s => s.ItemId), stored.Sources.Select(s => s.ItemId));
    }

    [Fact]
    public async Task Query_ByARareLanguage_ReadsABoundedNumberOfRowsAPage_AndItsTokensReachEveryMatch()
    {
        await using var host = TestHost.Create(azurite);
        var ct = TestContext.Current.CancellationToken;
        var store = host.Get<AlertStore>();
        for (var i = 0; i < 7; i++)
        {
            var alert = SampleAlerts.Departure(Now.AddHours(-i)) with { Id = Alert.IdFor("feed-1", $"item-{i}", Now.AddHours(-i)), CreatedAt = Now.AddHours(-i) };
            var language = i is 1 or 5 ? "nl" : "en";
            await store.AddAsync(alert with { Language = language, Sources = [new AlertSource("Wire", null, language, Now, "feed-1", $"item-{i}")] }, ct);
        }

        var query = new AlertQuery(Now.AddDays(-1), Now.AddHours(1), Limit: 10) { Language = "nl", MaxRowsRead = 3 };
        var pages = new List<AlertPage> { await store.QueryAsync(query, ct) };
        while (pages[^1].ContinuationToken is { } token && pages.Count < 10)
            pages.Add(await store.QueryAsync(query with { After = token }, ct));

        Assert.Equal([1, 1, 0], pages.Select(p => p.Alerts.Count));
        Assert.All(pages.SelectMany(p => p.Alerts), alert => Assert.Equal("nl", alert.Language));
        Assert.Null(pages[^1].ContinuationToken);
    }

    // A link as long as an item keeps (4,096 characters): thirty of them are far past one column.
    private static AlertSource LongLinkedSource(string itemId) =>
        new("Wire", new Uri("https://news.example/" + new string('a', 4_000) + itemId), "en", Now, "feed-1", itemId) { Title = "Alignment lead resigns" };
}
