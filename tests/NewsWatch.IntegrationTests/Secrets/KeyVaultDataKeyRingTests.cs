using System.Security.Cryptography;
using Microsoft.Extensions.Time.Testing;
using NewsWatch.Core.Secrets;

namespace NewsWatch.IntegrationTests.Secrets;

/// <summary>The data keys as versions of a Key Vault secret, read with the real SecretClient from a vault on loopback.</summary>
public sealed class KeyVaultDataKeyRingTests
{
    private const string KeyName = "newswatch-data-key";

    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);

    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 5, 1, 12, 0, 0, TimeSpan.Zero));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string NewKeyValue() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(DataKey.Length));

    [Fact]
    public async Task CurrentKey_IsTheLatestVersion_AndOlderVersionsStillOpen()
    {
        await using var vault = await KeyVaultStub.StartAsync();
        var first = vault.AddVersion(KeyName, NewKeyValue());
        var second = vault.AddVersion(KeyName, NewKeyValue());
        var ring = new KeyVaultDataKeyRing(vault.Client(), KeyName, Lifetime, time);

        Assert.Equal(second, (await ring.CurrentAsync(Ct)).Id);
        Assert.Equal(first, (await ring.FindAsync(first, Ct))!.Id);
        Assert.Null(await ring.FindAsync("0123456789abcdef0123456789abcdef", Ct));
    }

    [Fact]
    public async Task ValueSealedUnderAnOldVersion_OpensAfterANewVersionIsAdded_AndAsksToBeResealed()
    {
        await using var vault = await KeyVaultStub.StartAsync();
        vault.AddVersion(KeyName, NewKeyValue());
        var sealer = new SecretSealer(new KeyVaultDataKeyRing(vault.Client(), KeyName, Lifetime, time));
        var at = new SealContext("Subscriptions", "sub", "sub_1", "Secret");
        var sealedValue = await sealer.SealAsync("whsec_secret", at, Ct);

        var newVersion = vault.AddVersion(KeyName, NewKeyValue());
        time.Advance(Lifetime);

        var opened = await sealer.OpenAsync(sealedValue, at, Ct);
        Assert.Equal("whsec_secret", opened.Plaintext);
        Assert.True(opened.NeedsResealing);
        Assert.StartsWith(SecretSealer.Prefix + newVersion + ".", await sealer.SealAsync("whsec_next", at, Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CurrentKey_IsAskedForAgainOnlyAfterItsLifetime()
    {
        await using var vault = await KeyVaultStub.StartAsync();
        var first = vault.AddVersion(KeyName, NewKeyValue());
        var ring = new KeyVaultDataKeyRing(vault.Client(), KeyName, Lifetime, time);
        await ring.CurrentAsync(Ct);
        var second = vault.AddVersion(KeyName, NewKeyValue());

        time.Advance(Lifetime - TimeSpan.FromSeconds(1));
        Assert.Equal(first, (await ring.CurrentAsync(Ct)).Id);
        Assert.Equal(1, vault.Reads);

        time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(second, (await ring.CurrentAsync(Ct)).Id);
    }

    [Fact]
    public async Task Rotation_AddsAVersionThatBecomesCurrent()
    {
        await using var vault = await KeyVaultStub.StartAsync();
        var first = vault.AddVersion(KeyName, NewKeyValue());
        var ring = new KeyVaultDataKeyRing(vault.Client(), KeyName, Lifetime, time);

        var rotated = await ring.RotateAsync(Ct);

        Assert.NotEqual(first, rotated.Id);
        Assert.Equal(rotated.Id, (await ring.CurrentAsync(Ct)).Id);
        Assert.Equal(rotated.Id, (await new KeyVaultDataKeyRing(vault.Client(), KeyName, Lifetime, time).CurrentAsync(Ct)).Id);
    }

    [Fact]
    public async Task ValueSealedWithANewerVersionThanTheCachedCurrent_IsNotSealedBack_AndTheNewerVersionBecomesCurrent()
    {
        await using var vault = await KeyVaultStub.StartAsync();
        var first = vault.AddVersion(KeyName, NewKeyValue());
        var running = new KeyVaultDataKeyRing(vault.Client(), KeyName, Lifetime, time);
        Assert.Equal(first, (await running.CurrentAsync(Ct)).Id);
        var second = vault.AddVersion(KeyName, NewKeyValue());
        var at = new SealContext("Subscriptions", "sub", "sub_1", "Secret");
        var sealedByAnother = await new SecretSealer(new KeyVaultDataKeyRing(vault.Client(), KeyName, Lifetime, time)).SealAsync("whsec_secret", at, Ct);

        var opened = await new SecretSealer(running).OpenAsync(sealedByAnother, at, Ct);

        Assert.Equal("whsec_secret", opened.Plaintext);
        Assert.False(opened.NeedsResealing);
        Assert.Equal(second, (await running.CurrentAsync(Ct)).Id);
    }

    [Fact]
    public async Task DisabledVersion_OpensNothing_AndIsNotAskedForOnEveryRead()
    {
        await using var vault = await KeyVaultStub.StartAsync();
        vault.AddVersion(KeyName, NewKeyValue());
        var at = new SealContext("Subscriptions", "sub", "sub_1", "Secret");
        var sealedValue = await new SecretSealer(new KeyVaultDataKeyRing(vault.Client(), KeyName, Lifetime, time)).SealAsync("whsec_secret", at, Ct);
        var old = sealedValue.Split('.')[2];
        vault.AddVersion(KeyName, NewKeyValue());
        vault.Disable(old);
        var ring = new KeyVaultDataKeyRing(vault.Client(), KeyName, Lifetime, time);
        var sealer = new SecretSealer(ring);
        await ring.CurrentAsync(Ct);
        var readsBefore = vault.Reads;

        await Assert.ThrowsAsync<SealedValueException>(() => sealer.OpenAsync(sealedValue, at, Ct).AsTask());
        await Assert.ThrowsAsync<SealedValueException>(() => sealer.OpenAsync(sealedValue, at, Ct).AsTask());

        Assert.Equal(readsBefore + 1, vault.Reads);
    }

    [Fact]
    public async Task MissingKey_SaysHowToCreateIt()
    {
        await using var vault = await KeyVaultStub.StartAsync();
        var ring = new KeyVaultDataKeyRing(vault.Client(), KeyName, Lifetime, time);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => ring.CurrentAsync(Ct).AsTask());
        Assert.Contains("docs/deploy.md", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not base64 at all")]
    [InlineData("c2hvcnQ=")]
    public async Task VersionThatIsNotA32ByteKey_IsRefused_WithoutShowingIt(string value)
    {
        await using var vault = await KeyVaultStub.StartAsync();
        vault.AddVersion(KeyName, value);
        var ring = new KeyVaultDataKeyRing(vault.Client(), KeyName, Lifetime, time);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => ring.CurrentAsync(Ct).AsTask());
        Assert.DoesNotContain(value, error.Message, StringComparison.Ordinal);
    }
}
