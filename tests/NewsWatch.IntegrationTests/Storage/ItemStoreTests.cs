using NewsWatch.Core.Feeds;
using NewsWatch.Core.Storage;
using NewsWatch.IntegrationTests.Support;

namespace NewsWatch.IntegrationTests.Storage;

public sealed class ItemStoreTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Now = new(2026, 5, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Items_WhoseIdsHoldEveryAwkwardCharacter_AreFoundAgainUnderTheirOwnIds()
    {
        await using var host = TestHost.Create(azurite);
        var ct = TestContext.Current.CancellationToken;
        var store = host.Get<ItemStore>();
        var item = Item(TableKeyTests.Awkward, TableKeyTests.Awkward);
        var neighbour = Item(TableKeyTests.Awkward, "it's");

        await store.RecordManyAsync([item, neighbour], [], Now, ct);

        var found = await store.FindManyAsync(item.FeedId, [item.Id, "not recorded"], ct);
        var pending = await store.ListPendingAsync(item.FeedId, ct);
        Assert.Equal(item, Assert.Single(found).Value.Item);
        Assert.Equal(item.Id, Assert.Single(found).Key);
        Assert.Equal([neighbour.Id, item.Id], pending.Select(p => p.Item.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Record_WhenEveryTextOfAnItemIsFarTooLong_StoresItCut()
    {
        await using var host = TestHost.Create(azurite);
        var ct = TestContext.Current.CancellationToken;
        var store = host.Get<ItemStore>();
        var huge = new string('x', 100_000);
        var item = Item("feed", "huge") with
        {
            Title = huge,
            Summary = huge,
            Link = new Uri("https://news.example/" + huge),
            CanonicalLink = "https://news.example/" + huge,
            Source = huge,
            Language = huge,
        };

        var recorded = await store.RecordManyAsync([item], [], Now, ct);

        var stored = Assert.Single(recorded).Item;
        Assert.Equal(stored, (await store.FindAsync("feed", "huge", ct))!.Item);
        Assert.True(stored.Title.Length < 10_000 && stored.Summary.Length < TableText.MaxProperty);
        Assert.StartsWith("xxx", stored.Title, StringComparison.Ordinal);
        Assert.Null(stored.Link);
    }

    private static NewsItem Item(string feedId, string id) =>
        new(feedId, id, "Director steps down", "The director resigned.", new Uri("https://news.example/a"), "https://news.example/a", Now, "en", "Wire");
}
