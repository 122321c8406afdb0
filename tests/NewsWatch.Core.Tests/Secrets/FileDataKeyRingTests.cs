using Microsoft.Extensions.Time.Testing;
using NewsWatch.Core.Secrets;

namespace NewsWatch.Core.Tests.Secrets;

public sealed class FileDataKeyRingTests : IDisposable
{
    private readonly TemporaryKeyFile keyFile = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private FileDataKeyRing NewRing() => new(keyFile.Path, new FakeTimeProvider());

    [Fact]
    public async Task FirstUse_CreatesTheKeyFile_OwnerOnly()
    {
        var key = await NewRing().CurrentAsync(Ct);

        Assert.True(File.Exists(keyFile.Path));
        Assert.Equal(DataKey.Length, key.Material.Length);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(keyFile.Path));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(Path.GetDirectoryName(keyFile.Path)!));
        }
    }

    [Fact]
    public async Task AnotherProcess_UsesTheSameKey()
    {
        var first = await NewRing().CurrentAsync(Ct);
        var second = await NewRing().CurrentAsync(Ct);

        Assert.Equal(first.Id, second.Id);
        Assert.True(first.Material.Span.SequenceEqual(second.Material.Span));
    }

    [Fact]
    public async Task Rotation_MakesANewKeyCurrent_KeepsTheOldOne_AndOtherInstancesSeeIt()
    {
        var running = NewRing();
        var old = await running.CurrentAsync(Ct);

        var rotated = await NewRing().RotateAsync(Ct);

        Assert.Equal(rotated.Id, (await running.CurrentAsync(Ct)).Id);
        var stillThere = await running.FindAsync(old.Id, Ct);
        Assert.NotNull(stillThere);
        Assert.True(old.Material.Span.SequenceEqual(stillThere.Material.Span));
        if (!OperatingSystem.IsWindows())
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(keyFile.Path));
    }

    [Fact]
    public async Task UnknownKeyId_IsNotFound()
    {
        Assert.Null(await NewRing().FindAsync("k0000000000000000", Ct));
    }

    [Fact]
    public async Task KeyFileOthersMayRead_IsRefused_WithHowToFixIt()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Skip("Unix file modes only.");
            return;
        }

        await NewRing().CurrentAsync(Ct);
        File.SetUnixFileMode(keyFile.Path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        var error = Assert.Throws<InvalidOperationException>(() => NewRing().CurrentAsync(Ct).AsTask().GetAwaiter().GetResult());
        Assert.Contains("chmod 600", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{\"current\":\"k1\",\"keys\":[]}")]
    [InlineData("{\"current\":\"k1\",\"keys\":[{\"id\":\"k1\",\"createdAt\":\"2026-01-01T00:00:00Z\",\"key\":\"c2hvcnQ=\"}]}")]
    [InlineData("{\"current\":\"k1\",\"keys\":[{\"id\":\"k1\",\"createdAt\":\"2026-01-01T00:00:00Z\",\"key\":\"%%%\"}]}")]
    public async Task BrokenKeyFile_IsRefused_NamingTheFile(string content)
    {
        await NewRing().CurrentAsync(Ct);
        await File.WriteAllTextAsync(keyFile.Path, content, Ct);

        var error = Assert.Throws<InvalidOperationException>(() => NewRing().CurrentAsync(Ct).AsTask().GetAwaiter().GetResult());
        Assert.Contains(keyFile.Path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RingsStartingTogether_AgreeOnOneKey()
    {
        var keys = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => NewRing().CurrentAsync(Ct).AsTask(), Ct)));

        Assert.Single(keys.Select(k => k.Id).Distinct());
    }

    [Fact]
    public async Task RotationsAtOnce_FromSeveralProcesses_KeepEveryKey()
    {
        var first = await NewRing().CurrentAsync(Ct);

        var rotated = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => NewRing().RotateAsync(Ct).AsTask(), Ct)));

        var ring = NewRing();
        foreach (var key in rotated.Append(first))
            Assert.NotNull(await ring.FindAsync(key.Id, Ct));
        var newest = rotated.MaxBy(k => k.CreatedAt)!;
        Assert.Equal(newest.Id, (await ring.CurrentAsync(Ct)).Id);
        Assert.All(rotated, key => Assert.True(first.IsOlderThan(key)));
    }

    [Fact]
    public async Task KeyFileInAFolderOthersMayWrite_IsRefused()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Skip("Unix file modes only.");
            return;
        }

        await NewRing().CurrentAsync(Ct);
        File.SetUnixFileMode(Path.GetDirectoryName(keyFile.Path)!, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute);

        var error = Assert.Throws<InvalidOperationException>(() => NewRing().CurrentAsync(Ct).AsTask().GetAwaiter().GetResult());
        Assert.Contains("chmod 700", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void KeyMaterial_StaysOutOfText()
    {
        var key = new DataKey("k1", new byte[DataKey.Length], DateTimeOffset.UnixEpoch);

        Assert.Equal("DataKey k1", key.ToString());
    }

    public void Dispose() => keyFile.Dispose();
}
