using Microsoft.Extensions.Time.Testing;
using NewsWatch.Core.Secrets;

namespace NewsWatch.Core.Tests.Secrets;

public sealed class SecretSealerTests : IDisposable
{
    private static readonly SealContext Row = new("Subscriptions", "sub", "sub_1", "Secret");

    private readonly TemporaryKeyFile keyFile = new();
    private readonly FileDataKeyRing ring;
    private readonly SecretSealer sealer;

    public SecretSealerTests()
    {
        ring = new FileDataKeyRing(keyFile.Path, new FakeTimeProvider());
        sealer = new SecretSealer(ring);
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SealedValue_OpensWhereItWasSealed_AndHidesThePlaintext()
    {
        var sealedValue = await sealer.SealAsync("whsec_c2VjcmV0LXZhbHVl", Row, Ct);

        Assert.StartsWith(SecretSealer.Prefix, sealedValue, StringComparison.Ordinal);
        Assert.DoesNotContain("c2VjcmV0LXZhbHVl", sealedValue, StringComparison.Ordinal);
        var opened = await sealer.OpenAsync(sealedValue, Row, Ct);
        Assert.Equal("whsec_c2VjcmV0LXZhbHVl", opened.Plaintext);
        Assert.False(opened.NeedsResealing);
    }

    [Fact]
    public async Task SealingTwice_GivesDifferentValues()
    {
        Assert.NotEqual(await sealer.SealAsync("same", Row, Ct), await sealer.SealAsync("same", Row, Ct));
    }

    [Theory]
    [InlineData("Subscriptions", "sub", "sub_2", "Secret")]
    [InlineData("Subscriptions", "sub", "sub_1", "PreviousSecret")]
    [InlineData("Subscriptions", "other", "sub_1", "Secret")]
    [InlineData("Deliveries", "sub", "sub_1", "Secret")]
    public async Task SealedValue_CopiedElsewhere_DoesNotOpen(string table, string partition, string row, string column)
    {
        var sealedValue = await sealer.SealAsync("whsec_secret", Row, Ct);

        var error = await Assert.ThrowsAsync<SealedValueException>(() => sealer.OpenAsync(sealedValue, new SealContext(table, partition, row, column), Ct).AsTask());
        Assert.Contains($"{table}/{partition}/{row}/{column}", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("whsec_secret", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AlteredValue_DoesNotOpen()
    {
        var sealedValue = await sealer.SealAsync("whsec_secret", Row, Ct);
        var last = sealedValue[^1] == 'A' ? 'B' : 'A';

        await Assert.ThrowsAsync<SealedValueException>(() => sealer.OpenAsync(sealedValue[..^1] + last, Row, Ct).AsTask());
    }

    [Theory]
    [InlineData("sealed.v1.")]
    [InlineData("sealed.v1.k1")]
    [InlineData("sealed.v1.k1.")]
    [InlineData("sealed.v1..AAAA")]
    [InlineData("sealed.v1.k1.not base64!")]
    [InlineData("sealed.v1.k.1.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("sealed.v1.k1.AAAA")]
    public async Task MalformedSealedValue_IsRefusedClearly(string stored)
    {
        var error = await Assert.ThrowsAsync<SealedValueException>(() => sealer.OpenAsync(stored, Row, Ct).AsTask());
        Assert.Contains("Subscriptions/sub/sub_1/Secret", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValueSealedWithAKeyTheRingLacks_DoesNotOpen_AndSaysWhichKey()
    {
        using var otherFile = new TemporaryKeyFile();
        var other = new SecretSealer(new FileDataKeyRing(otherFile.Path, new FakeTimeProvider()));
        var sealedElsewhere = await other.SealAsync("whsec_secret", Row, Ct);
        var foreignKey = sealedElsewhere.Split('.')[2];

        var error = await Assert.ThrowsAsync<SealedValueException>(() => sealer.OpenAsync(sealedElsewhere, Row, Ct).AsTask());
        Assert.Contains(foreignKey, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plaintext_FromAnEarlierVersion_OpensAsItIs_AndAsksToBeSealed()
    {
        var opened = await sealer.OpenAsync("whsec_plain", Row, Ct);

        Assert.Equal("whsec_plain", opened.Plaintext);
        Assert.True(opened.NeedsResealing);
    }

    [Fact]
    public async Task Plaintext_IsRefused_OnceSealedValuesAreRequired()
    {
        var strict = new SecretSealer(ring, acceptPlaintext: false);

        var error = await Assert.ThrowsAsync<SealedValueException>(() => strict.OpenAsync("whsec_planted", Row, Ct).AsTask());
        Assert.Contains("RequireSealed", error.Message, StringComparison.Ordinal);
        Assert.Equal("whsec_ok", (await strict.OpenAsync(await strict.SealAsync("whsec_ok", Row, Ct), Row, Ct)).Plaintext);
    }

    [Fact]
    public async Task AfterRotation_OldValuesStillOpen_AskToBeResealed_AndNewValuesUseTheNewKey()
    {
        var before = await sealer.SealAsync("whsec_old", Row, Ct);
        var oldKey = (await ring.CurrentAsync(Ct)).Id;

        var newKey = (await ring.RotateAsync(Ct)).Id;

        var opened = await sealer.OpenAsync(before, Row, Ct);
        Assert.Equal("whsec_old", opened.Plaintext);
        Assert.True(opened.NeedsResealing);
        var after = await sealer.SealAsync("whsec_new", Row, Ct);
        Assert.NotEqual(oldKey, newKey);
        Assert.StartsWith(SecretSealer.Prefix + newKey + ".", after, StringComparison.Ordinal);
        Assert.False((await sealer.OpenAsync(after, Row, Ct)).NeedsResealing);
    }

    public void Dispose() => keyFile.Dispose();
}
