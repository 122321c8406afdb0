using System.Text.Json;
using NewsWatch.Core.Secrets;
using NewsWatch.Core.Storage;
using NewsWatch.IntegrationTests.Support;

namespace NewsWatch.IntegrationTests.Cli;

public sealed class DataKeyCommandTests(AzuriteFixture azurite) : IDisposable
{
    private readonly string keyFolder = Path.Combine(Path.GetTempPath(), "newswatch-cli-keys-" + Guid.NewGuid().ToString("N"));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private string KeyFile => Path.Combine(keyFolder, "data-keys.json");

    private TestHost NewHost() => TestHost.Create(azurite, settings: new Dictionary<string, string?> { ["NewsWatch:Secrets:KeyFile"] = KeyFile });

    [Fact]
    public async Task Show_NamesTheKeyFileAndTheCurrentKey_NeverTheKey()
    {
        await using var host = NewHost();

        var run = await CliRun.InvokeAsync(host, "data-key", "show", "--set", $"NewsWatch:Secrets:KeyFile={KeyFile}");

        Assert.Equal(0, run.ExitCode);
        using var ring = JsonDocument.Parse(await File.ReadAllTextAsync(KeyFile, Ct));
        var current = ring.RootElement.GetProperty("current").GetString()!;
        var material = ring.RootElement.GetProperty("keys")[0].GetProperty("key").GetString()!;
        Assert.Equal([$"Data keys: {KeyFile}", $"Current key: {current}"], run.Lines);
        Assert.DoesNotContain(material, run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rotate_MakesANewKeyCurrent_AndSealsEverySubscriptionAgainWithIt()
    {
        await using var host = NewHost();
        var subscription = await Seed.SubscriptionAsync(host);
        var before = await SealingKeyAsync(host, subscription.Id);

        var run = await CliRun.InvokeAsync(host, "data-key", "rotate", "--set", $"NewsWatch:Secrets:KeyFile={KeyFile}");

        Assert.Equal(0, run.ExitCode);
        var after = await SealingKeyAsync(host, subscription.Id);
        Assert.NotEqual(before, after);
        Assert.Equal([$"Data key {after} is now current ({KeyFile}).", "Sealed 1 subscription again with it."], run.Lines);
        Assert.Equal(subscription.Secret, (await host.Get<SubscriptionStore>().FindAsync(subscription.Id, Ct))!.Secret);
    }

    private static async Task<string> SealingKeyAsync(TestHost host, string id)
    {
        var row = Assert.Single(await host.RowsAsync(TableNames.Subscriptions), r => r.RowKey == TableKey.Encode(id));
        var secret = row.GetString("Secret");
        Assert.StartsWith(SecretSealer.Prefix, secret, StringComparison.Ordinal);
        return secret.Split('.')[2];
    }

    public void Dispose()
    {
        if (Directory.Exists(keyFolder))
            Directory.Delete(keyFolder, recursive: true);
    }
}
