using NewsWatch.Core.Storage;
using NewsWatch.Core.WebSub;

namespace NewsWatch.IntegrationTests.Storage;

public sealed class HubSubscriptionStoreTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ListingPushStatuses_NeverOpensTheSealedTokenOrSecret()
    {
        await using var writer = TestHost.Create(azurite);
        var subscription = new HubSubscription("feed-1", new Uri("https://hub.example/"), new Uri("https://news.example/feed.xml"), HubState.Active, "TOKEN-VALUE", "SECRET-VALUE")
        {
            LeaseUntil = DateTimeOffset.UtcNow.AddDays(9),
        };
        await writer.Get<HubSubscriptionStore>().SaveAsync(subscription, Ct);
        // The same tables read by an installation whose data key cannot open what the writer sealed.
        var otherKeys = Path.Combine(Path.GetTempPath(), "newswatch-other-keys-" + Guid.NewGuid().ToString("N"), "data-keys.json");
        await using var reader = TestHost.Create(azurite, settings: new Dictionary<string, string?>
        {
            ["NewsWatch:TablePrefix"] = writer.TablePrefix,
            [TestDataKeys.Setting] = otherKeys,
        });

        var statuses = await reader.Get<HubSubscriptionStore>().ListStatusesAsync(Ct);
        var opened = await reader.Get<HubSubscriptionStore>().ListAsync(Ct);

        var status = Assert.Single(statuses);
        Assert.Equal("feed-1", status.Key);
        Assert.Equal(new PushStatus(subscription.Hub, "active", subscription.LeaseUntil, null, null), status.Value);
        Assert.Empty(opened);
    }
}
