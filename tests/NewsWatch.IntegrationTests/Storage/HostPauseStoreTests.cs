using NewsWatch.Core.Storage;

namespace NewsWatch.IntegrationTests.Storage;

public sealed class HostPauseStoreTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task APause_NeverShortensALongerOneStoredForItsHost()
    {
        await using var host = TestHost.Create(azurite);
        var store = host.Get<HostPauseStore>();

        await store.ExtendAsync("News.Example", Now.AddHours(2), Ct);
        await store.ExtendAsync("news.example", Now.AddMinutes(5), Ct);
        await store.ExtendAsync("wire.example", Now.AddMinutes(5), Ct);
        await store.ExtendAsync("wire.example", Now.AddMinutes(30), Ct);

        var active = await store.ListActiveAsync(Now, Ct);
        Assert.Equal(Now.AddHours(2), active["news.example"]);
        Assert.Equal(Now.AddMinutes(30), active["wire.example"]);
    }

    [Fact]
    public async Task APauseThatIsOver_IsNotListed_AndIsDeleted()
    {
        await using var host = TestHost.Create(azurite);
        var store = host.Get<HostPauseStore>();
        await store.ExtendAsync("news.example", Now.AddMinutes(5), Ct);
        await store.ExtendAsync("wire.example", Now.AddHours(1), Ct);

        var later = await store.ListActiveAsync(Now.AddMinutes(10), Ct);

        Assert.Equal(["wire.example"], later.Keys);
        var rows = await host.RowsAsync(TableNames.HostPauses);
        Assert.Equal(["wire.example"], rows.Select(row => row.GetString("Host")));
    }
}
