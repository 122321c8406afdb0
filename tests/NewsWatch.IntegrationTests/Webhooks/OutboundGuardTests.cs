using NewsWatch.Core.Storage;
using NewsWatch.Core.Webhooks;
using NewsWatch.IntegrationTests.Support;

namespace NewsWatch.IntegrationTests.Webhooks;

/// <summary>The outbound guard with private networks not allowed, as in production, and metadata endpoints refused either way.</summary>
public sealed class OutboundGuardTests(AzuriteFixture azurite)
{
    private static readonly Dictionary<string, string?> Production = new() { ["NewsWatch:Webhooks:AllowPrivateNetworks"] = "false" };

    [Theory]
    [InlineData("https://127.0.0.1/hook")]
    [InlineData("https://10.0.0.1/hook")]
    [InlineData("https://169.254.169.254/latest/meta-data")]
    [InlineData("https://[::1]/hook")]
    [InlineData("https://[::ffff:127.0.0.1]/hook")]
    [InlineData("https://localhost/hook")]
    public async Task Subscribe_ToAnInternalAddress_IsRefusedNamingTheUrl(string url)
    {
        await using var host = TestHost.Create(azurite, settings: Production);

        var refusal = await Assert.ThrowsAsync<InvalidRequestException>(() =>
            host.Get<Subscriptions>().CreateAsync(new SubscriptionRequest(url), TestContext.Current.CancellationToken));

        Assert.Contains("url", refusal.Errors.Keys);
    }

    [Theory]
    [InlineData("https://168.63.129.16/machine")]
    [InlineData("https://169.254.169.254/metadata/instance")]
    [InlineData("http://[::ffff:169.254.169.254]/latest/meta-data")]
    public async Task Subscribe_ToAMetadataEndpoint_IsRefusedEvenWherePrivateNetworksAreAllowed(string url)
    {
        await using var host = TestHost.Create(azurite, settings: new Dictionary<string, string?> { ["NewsWatch:Webhooks:AllowPrivateNetworks"] = "true" });

        var refusal = await Assert.ThrowsAsync<InvalidRequestException>(() =>
            host.Get<Subscriptions>().CreateAsync(new SubscriptionRequest(url), TestContext.Current.CancellationToken));

        Assert.Contains("url", refusal.Errors.Keys);
    }

    [Fact]
    public async Task Send_ToAnInternalAddressStoredEarlier_IsRefusedAtConnectionTime()
    {
        var hits = 0;
        await using var receiver = await WebhookReceiver.StartAsync(context => { hits++; return Task.CompletedTask; });
        await using var host = TestHost.Create(azurite, settings: Production);
        var ct = TestContext.Current.CancellationToken;
        // As if the name had resolved to a public address when the subscription was made.
        var subscription = new Subscription("sub_rebound", receiver.Url, WebhookSecret.Create(), DateTimeOffset.UtcNow);
        await host.Get<SubscriptionStore>().SaveAsync(subscription, ct);

        var result = await host.Get<WebhookSender>().PingAsync(subscription, ct);

        Assert.False(result.IsDelivered);
        Assert.Contains("private or reserved", result.Error, StringComparison.Ordinal);
        Assert.Equal(0, hits);
    }
}
