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

    // A link as long as an item keeps (4,096 characters): thirty of them are far past one column.
    private static AlertSource LongLinkedSource(string itemId) =>
        new("Wire", new Uri("https://news.example/" + new string('a', 4_000) + itemId), "en", Now, "feed-1", itemId) { Title = "Alignment lead resigns" };
}
