using System.Text.Json;
using NewsWatch.Core.Classification;
using NewsWatch.Core.Webhooks;
using NewsWatch.IntegrationTests.Support;

namespace NewsWatch.IntegrationTests.Cli;

public sealed class SubscribeCommandTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Subscribe_PrintsTheIdAndASecretShownOnce_AndStoresTheSubscription()
    {
        await using var host = TestHost.Create(azurite);

        var run = await CliRun.InvokeAsync(host, ["subscribe", Seed.LoopbackHook, "--event", "departure", "--lang", "fr", .. Seed.AllowPrivateNetworks]);

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Errors);
        var id = run.Lines[0].Split(' ')[1];
        Assert.Equal($"Subscribed {id} to {Seed.LoopbackHook}", run.Lines[0]);
        var secret = run.Lines[1]["Secret: ".Length..];
        Assert.StartsWith(WebhookSecret.Prefix, secret, StringComparison.Ordinal);
        Assert.Contains(run.Lines, line => line.Contains("shown only this once", StringComparison.Ordinal));
        var stored = await host.Get<Subscriptions>().FindAsync(id, Ct);
        Assert.NotNull(stored);
        Assert.Equal(secret, stored.Secret);
        Assert.Equal([AlertEvent.Departure], stored.Events);
        Assert.Equal(["fr"], stored.Languages);
    }

    [Fact]
    public async Task SubscribeJson_PrintsTheSubscriptionWithItsSecretAndFilters()
    {
        await using var host = TestHost.Create(azurite);

        var run = await CliRun.InvokeAsync(host,
        [
            "subscribe", Seed.LoopbackHook, "--event", "departure", "--event", "dissolution", "--org", "OpenAI", "--lang", "en",
            "--min-score", "0.7", "--format", "cloudevents", "--updates", "--json", .. Seed.AllowPrivateNetworks,
        ]);

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var root = json.RootElement;
        Assert.StartsWith("sub_", root.GetProperty("id").GetString(), StringComparison.Ordinal);
        Assert.Equal(Seed.LoopbackHook, root.GetProperty("url").GetString());
        Assert.StartsWith(WebhookSecret.Prefix, root.GetProperty("secret").GetString(), StringComparison.Ordinal);
        Assert.Equal(["departure", "dissolution"], root.GetProperty("events").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["OpenAI"], root.GetProperty("orgs").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["en"], root.GetProperty("languages").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(0.7, root.GetProperty("minScore").GetDouble());
        Assert.Equal("cloudevents", root.GetProperty("format").GetString());
        Assert.True(root.GetProperty("notifyUpdates").GetBoolean());
        var stored = await host.Get<Subscriptions>().FindAsync(root.GetProperty("id").GetString()!, Ct);
        Assert.Equal(WebhookFormat.CloudEvents, stored?.Format);
    }

    [Theory]
    [InlineData("--event", "promotion", "--event: Unknown event 'promotion'")]
    [InlineData("--lang", "english", "--lang: 'english' is not a two-letter language code")]
    [InlineData("--min-score", "1.5", "--min-score: minScore must be between 0 and 1")]
    [InlineData("--min-score", "high", "--min-score expects a number between 0 and 1")]
    [InlineData("--format", "xml", "--format: Unknown format 'xml'")]
    public async Task Subscribe_WithAnInvalidOption_NamesItOnStderrAndExitsTwo(string option, string value, string message)
    {
        await using var host = TestHost.Create(azurite);

        var run = await CliRun.InvokeAsync(host, ["subscribe", Seed.LoopbackHook, option, value, .. Seed.AllowPrivateNetworks]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(run.ErrorLines, line => line.StartsWith("newswatch: " + message, StringComparison.Ordinal));
        Assert.Empty(run.Output);
        Assert.Empty(await host.Get<Subscriptions>().ListAsync(Ct));
    }

    [Fact]
    public async Task Subscribe_WithSeveralProblems_PrintsEachOnItsOwnLine()
    {
        await using var host = TestHost.Create(azurite);

        var run = await CliRun.InvokeAsync(host, ["subscribe", "not a url", "--event", "promotion", "--format", "xml"]);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(3, run.ErrorLines.Length);
        Assert.Contains(run.ErrorLines, line => line.StartsWith("newswatch: <url>: url must be an absolute https URL", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("http://127.0.0.1:9/hook")]
    [InlineData("https://127.0.0.1:9/hook")]
    [InlineData("https://10.0.0.7/hook")]
    public async Task Subscribe_ToAPrivateAddress_IsRefusedWhenPrivateNetworksAreNotAllowed(string url)
    {
        await using var host = TestHost.Create(azurite);

        var run = await CliRun.InvokeAsync(host, "subscribe", url, "--set", "NewsWatch:Webhooks:AllowPrivateNetworks=false");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("newswatch: <url>: ", run.ErrorLines.Single(), StringComparison.Ordinal);
        Assert.Empty(await host.Get<Subscriptions>().ListAsync(Ct));
    }

    [Fact]
    public async Task Subscribe_ToLoopback_IsAcceptedWhenPrivateNetworksAreAllowed()
    {
        await using var host = TestHost.Create(azurite);

        var run = await CliRun.InvokeAsync(host, "subscribe", Seed.LoopbackHook, "--set", "NewsWatch:Webhooks:AllowPrivateNetworks=true");

        Assert.Equal(0, run.ExitCode);
        Assert.Single(await host.Get<Subscriptions>().ListAsync(Ct));
    }
}
