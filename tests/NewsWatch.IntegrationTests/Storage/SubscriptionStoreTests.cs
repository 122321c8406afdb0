using Azure.Data.Tables;
using Microsoft.Extensions.Time.Testing;
using NewsWatch.Core.Secrets;
using NewsWatch.Core.Storage;
using NewsWatch.Core.Webhooks;
using NewsWatch.IntegrationTests.Support;

namespace NewsWatch.IntegrationTests.Storage;

/// <summary>What lands in the Subscriptions table: secrets and URLs sealed, bound to their row, kept on the current key, and a previous secret gone once its grace period ends.</summary>
public sealed class SubscriptionStoreTests(AzuriteFixture azurite) : IDisposable
{
    private const string ChatUrl = "https://127.0.0.1:9/services/T0001/B0002/XyzSecretPathToken";

    private readonly string keyFolder = Path.Combine(Path.GetTempPath(), "newswatch-store-keys-" + Guid.NewGuid().ToString("N"));
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 5, 1, 12, 0, 0, TimeSpan.Zero));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private string KeyFile => Path.Combine(keyFolder, "data-keys.json");

    private TestHost NewHost() => TestHost.Create(azurite, time, new Dictionary<string, string?> { ["NewsWatch:Secrets:KeyFile"] = KeyFile });

    [Fact]
    public async Task RawRows_HoldNoSecretAndNoUrl_InPlaintext()
    {
        await using var host = NewHost();
        var created = await CreateAsync(host);
        var rotated = await host.Get<Subscriptions>().RotateSecretAsync(created.Subscription.Id, Ct);

        var row = Assert.Single(await host.RowsAsync(TableNames.Subscriptions));
        var everything = string.Join("\n", row.Select(column => column.Value?.ToString()));
        Assert.DoesNotContain(created.Secret, everything, StringComparison.Ordinal);
        Assert.DoesNotContain(rotated!.Secret, everything, StringComparison.Ordinal);
        Assert.DoesNotContain(WebhookSecret.Prefix, everything, StringComparison.Ordinal);
        Assert.DoesNotContain("/services/", everything, StringComparison.Ordinal);
        Assert.DoesNotContain("XyzSecretPathToken", everything, StringComparison.Ordinal);
        Assert.All(["Url", "Secret", "PreviousSecret"], column => Assert.StartsWith(SecretSealer.Prefix, row.GetString(column), StringComparison.Ordinal));
    }

    [Fact]
    public async Task SealedRows_OpenToTheSubscriptionThatWasSaved()
    {
        await using var host = NewHost();
        var created = await CreateAsync(host);

        var found = await host.Get<SubscriptionStore>().FindAsync(created.Subscription.Id, Ct);

        Assert.Equal(new Uri(ChatUrl), found!.Url);
        Assert.Equal(created.Secret, found.Secret);
    }

    [Fact]
    public async Task SealedSecret_CopiedToAnotherRow_DoesNotOpen_AndTheOtherRowsStillList()
    {
        await using var host = NewHost();
        var victim = await CreateAsync(host);
        var attacker = await CreateAsync(host);
        var table = host.Table(TableNames.Subscriptions);
        var victimRow = await RowAsync(table, victim.Subscription.Id);
        var attackerRow = await RowAsync(table, attacker.Subscription.Id);
        attackerRow["Secret"] = victimRow["Secret"];
        await table.UpdateEntityAsync(attackerRow, attackerRow.ETag, TableUpdateMode.Replace, Ct);

        await Assert.ThrowsAsync<SealedValueException>(() => host.Get<SubscriptionStore>().FindAsync(attacker.Subscription.Id, Ct));
        var listed = await host.Get<SubscriptionStore>().ListAsync(Ct);
        Assert.Equal([victim.Subscription.Id], listed.Select(s => s.Id));
    }

    [Fact]
    public async Task PlaintextRow_FromAnEarlierVersion_IsSealedTheFirstTimeItIsRead()
    {
        await using var host = NewHost();
        var table = host.Table(TableNames.Subscriptions);
        await table.CreateIfNotExistsAsync(Ct);
        await table.AddEntityAsync(
            new TableEntity("sub", "sub_plain")
            {
                ["Url"] = ChatUrl, ["Secret"] = "whsec_cGxhaW4=", ["PreviousSecret"] = "whsec_b2xk", ["PreviousSecretExpiresAt"] = time.GetUtcNow().AddHours(1),
                ["CreatedAt"] = time.GetUtcNow(), ["Events"] = "[]", ["Orgs"] = "[]", ["Languages"] = "[]", ["MinScore"] = 0.0, ["Format"] = "Slack", ["IsEnabled"] = true,
            },
            Ct);

        var read = await host.Get<SubscriptionStore>().FindAsync("sub_plain", Ct);

        Assert.Equal("whsec_cGxhaW4=", read!.Secret);
        Assert.Equal("whsec_b2xk", read.PreviousSecret);
        Assert.Equal(new Uri(ChatUrl), read.Url);
        var row = await RowAsync(table, "sub_plain");
        Assert.All(["Url", "Secret", "PreviousSecret"], column => Assert.StartsWith(SecretSealer.Prefix, row.GetString(column), StringComparison.Ordinal));
        Assert.Equal("whsec_cGxhaW4=", (await host.Get<SubscriptionStore>().FindAsync("sub_plain", Ct))!.Secret);
    }

    [Fact]
    public async Task PreviousSecret_IsErasedFromTheRow_WhenTheGracePeriodEnds()
    {
        await using var host = NewHost();
        var created = await CreateAsync(host);
        await host.Get<Subscriptions>().RotateSecretAsync(created.Subscription.Id, Ct);
        var stillSigning = Assert.Single(await host.Get<SubscriptionStore>().ListAsync(Ct));
        Assert.Equal(created.Secret, stillSigning.PreviousSecret);

        time.Advance(host.Get<Microsoft.Extensions.Options.IOptions<WebhookOptions>>().Value.SecretRotationGrace + TimeSpan.FromSeconds(1));
        var afterGrace = Assert.Single(await host.Get<SubscriptionStore>().ListAsync(Ct));

        Assert.Null(afterGrace.PreviousSecret);
        Assert.Null(afterGrace.PreviousSecretExpiresAt);
        var row = await RowAsync(host.Table(TableNames.Subscriptions), created.Subscription.Id);
        Assert.Null(row.GetString("PreviousSecret"));
    }

    [Fact]
    public async Task RotatingTheDataKey_OldRowsStillOpen_AreResealedWithTheNewKey_AndNewRowsUseIt()
    {
        await using var host = NewHost();
        var old = await CreateAsync(host);
        var table = host.Table(TableNames.Subscriptions);
        var oldKey = KeyOf(await RowAsync(table, old.Subscription.Id));

        var newKey = await new FileDataKeyRing(KeyFile, time).RotateAsync(Ct);

        Assert.NotEqual(oldKey, newKey.Id);
        Assert.Equal(old.Secret, (await host.Get<SubscriptionStore>().FindAsync(old.Subscription.Id, Ct))!.Secret);
        Assert.Equal(newKey.Id, KeyOf(await RowAsync(table, old.Subscription.Id)));
        var fresh = await CreateAsync(host);
        Assert.Equal(newKey.Id, KeyOf(await RowAsync(table, fresh.Subscription.Id)));
        Assert.Equal(fresh.Secret, (await host.Get<SubscriptionStore>().FindAsync(fresh.Subscription.Id, Ct))!.Secret);
    }

    [Fact]
    public async Task AnotherInstallationsKey_OpensNothing()
    {
        await using var host = NewHost();
        var created = await CreateAsync(host);
        var otherKeys = Path.Combine(keyFolder, "other", "data-keys.json");
        await using var stranger = TestHost.Create(azurite, time, new Dictionary<string, string?> { ["NewsWatch:Secrets:KeyFile"] = otherKeys, ["NewsWatch:TablePrefix"] = host.TablePrefix });

        await Assert.ThrowsAsync<SealedValueException>(() => stranger.Get<SubscriptionStore>().FindAsync(created.Subscription.Id, Ct));
        Assert.Empty(await stranger.Get<SubscriptionStore>().ListAsync(Ct));
    }

    [Fact]
    public async Task SubscriptionWhoseSecretsDoNotOpen_StillHasItsDeliveriesQueued_AndTheDeliveryCycleGoesOn()
    {
        await using var host = NewHost();
        var created = await CreateAsync(host);
        var otherKeys = Path.Combine(keyFolder, "other", "data-keys.json");
        await using var keyless = TestHost.Create(azurite, time, new Dictionary<string, string?> { ["NewsWatch:Secrets:KeyFile"] = otherKeys, ["NewsWatch:TablePrefix"] = host.TablePrefix });

        await SampleAlerts.RaiseAsync(keyless, SampleAlerts.Departure(time.GetUtcNow()), Ct);
        var summary = await keyless.Get<NewsWatch.Core.Pipeline.DeliveryCycle>().RunAsync(Ct);

        Assert.Equal(0, summary.Attempted);
        var waiting = Assert.Single(await host.Get<DeliveryStore>().ListAsync(created.Subscription.Id, Ct));
        Assert.Equal(DeliveryState.Pending, waiting.State);
    }

    private static Task<CreatedSubscription> CreateAsync(TestHost host) =>
        host.Get<Subscriptions>().CreateAsync(new SubscriptionRequest(ChatUrl) { Format = "slack" }, Ct);

    private static async Task<TableEntity> RowAsync(TableClient table, string id) =>
        (await table.GetEntityAsync<TableEntity>("sub", TableKey.Encode(id), cancellationToken: Ct)).Value;

    private static string KeyOf(TableEntity row) => row.GetString("Secret").Split('.')[2];

    public void Dispose()
    {
        if (Directory.Exists(keyFolder))
            Directory.Delete(keyFolder, recursive: true);
    }
}
