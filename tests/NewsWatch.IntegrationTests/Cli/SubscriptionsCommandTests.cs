using System.Text.Json;
using NewsWatch.Core.Webhooks;
using NewsWatch.IntegrationTests.Support;

namespace NewsWatch.IntegrationTests.Cli;

public sealed class SubscriptionsCommandTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task List_ShowsEachSubscriptionAsARow_WithoutItsSecretAndTheUrlMasked()
    {
        await using var host = TestHost.Create(azurite);
        var subscription = await Seed.SubscriptionAsync(host);

        var run = await CliRun.InvokeAsync(host, "subscriptions", "list");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("ID", run.Lines[0], StringComparison.Ordinal);
        var row = run.Lines[1];
        Assert.StartsWith(subscription.Id, row, StringComparison.Ordinal);
        Assert.Equal(run.Lines[0].IndexOf("STATE", StringComparison.Ordinal), row.IndexOf("enabled", StringComparison.Ordinal));
        // Chat webhook URLs carry a secret in their path: the list shows the host and the last characters.
        Assert.EndsWith(Seed.MaskedLoopbackHook, row, StringComparison.Ordinal);
        Assert.DoesNotContain(Seed.PathSecret, run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(WebhookSecret.Prefix, run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListJson_PrintsEverySubscription_WithoutSecrets()
    {
        await using var host = TestHost.Create(azurite);
        var first = await Seed.SubscriptionAsync(host);
        var second = await Seed.SubscriptionAsync(host);

        var run = await CliRun.InvokeAsync(host, "subscriptions", "list", "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var ids = json.RootElement.EnumerateArray().Select(s => s.GetProperty("id").GetString()).ToList();
        Assert.Equivalent(new[] { first.Id, second.Id }, ids);
        Assert.All(json.RootElement.EnumerateArray(), s => Assert.True(s.GetProperty("enabled").GetBoolean()));
        Assert.DoesNotContain(WebhookSecret.Prefix, run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("\"secret", run.Output, StringComparison.OrdinalIgnoreCase);
        Assert.All(json.RootElement.EnumerateArray(), s => Assert.Equal(Seed.MaskedLoopbackHook, s.GetProperty("url").GetString()));
        Assert.DoesNotContain(Seed.PathSecret, run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_PrintsTheFiltersDeliveryCountsAndTheLastErrors()
    {
        await using var host = TestHost.Create(azurite);
        var subscription = await Seed.SubscriptionAsync(host);
        var alert = await Seed.AlertAsync(host, "Safety lead resigns", TimeSpan.FromHours(2));
        var later = await Seed.AlertAsync(host, "Team dissolved", TimeSpan.FromHours(1));
        await Seed.DeliveryAsync(host, subscription, alert, DeliveryState.Delivered, TimeSpan.FromHours(2));
        await Seed.DeliveryAsync(host, subscription, later, DeliveryState.Dead, TimeSpan.FromHours(1));

        var run = await CliRun.InvokeAsync(host, "subscriptions", "show", subscription.Id);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal($"{subscription.Id} {Seed.MaskedLoopbackHook}", run.Lines[0]);
        Assert.DoesNotContain(Seed.PathSecret, run.Output, StringComparison.Ordinal);
        Assert.Contains("state:      enabled", run.Lines);
        Assert.Contains("events:     all", run.Lines);
        Assert.Contains("Deliveries: 0 pending, 1 delivered, 1 dead", run.Lines);
        var newest = Array.FindIndex(run.Lines, line => line.EndsWith(later.Id, StringComparison.Ordinal));
        Assert.Contains("dead", run.Lines[newest], StringComparison.Ordinal);
        Assert.Contains("503", run.Lines[newest], StringComparison.Ordinal);
        Assert.Equal("last error: 503 Service Unavailable", run.Lines[newest + 1]);
        Assert.EndsWith(alert.Id, run.Lines[newest + 2], StringComparison.Ordinal);
        Assert.DoesNotContain(WebhookSecret.Prefix, run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShowJson_CountsDeliveriesByStateAndListsTheRecentOnes()
    {
        await using var host = TestHost.Create(azurite);
        var subscription = await Seed.SubscriptionAsync(host);
        var alert = await Seed.AlertAsync(host, "Safety lead resigns", TimeSpan.FromHours(2));
        await Seed.DeliveryAsync(host, subscription, alert, DeliveryState.Dead, TimeSpan.FromHours(2));

        var run = await CliRun.InvokeAsync(host, "subscriptions", "show", subscription.Id, "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var root = json.RootElement;
        Assert.Equal(subscription.Id, root.GetProperty("subscription").GetProperty("id").GetString());
        Assert.Equal(1, root.GetProperty("deliveries").GetProperty("dead").GetInt32());
        Assert.Equal(0, root.GetProperty("deliveries").GetProperty("pending").GetInt32());
        var recent = Assert.Single(root.GetProperty("recentDeliveries").EnumerateArray());
        Assert.Equal("dead", recent.GetProperty("state").GetString());
        Assert.Equal(503, recent.GetProperty("lastStatus").GetInt32());
        Assert.Equal("503 Service Unavailable", recent.GetProperty("lastError").GetString());
        Assert.Equal(Seed.MaskedLoopbackHook, root.GetProperty("subscription").GetProperty("url").GetString());
        Assert.DoesNotContain(Seed.PathSecret, run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(WebhookSecret.Prefix, run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RotateSecret_PrintsANewSecret_WhileTheOldOneStillSignsUntilTheGraceEnds()
    {
        await using var host = TestHost.Create(azurite);
        var subscription = await Seed.SubscriptionAsync(host);

        var run = await CliRun.InvokeAsync(host, "subscriptions", "rotate-secret", subscription.Id, "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var secret = json.RootElement.GetProperty("secret").GetString();
        Assert.StartsWith(WebhookSecret.Prefix, secret, StringComparison.Ordinal);
        Assert.NotEqual(subscription.Secret, secret);
        var expires = json.RootElement.GetProperty("previousSecretExpiresAt").GetDateTimeOffset();
        Assert.InRange(expires - DateTimeOffset.UtcNow, TimeSpan.FromHours(23), TimeSpan.FromHours(24));
        var stored = await host.Get<Subscriptions>().FindAsync(subscription.Id, Ct);
        Assert.Equal([secret!, subscription.Secret], stored!.SigningSecrets(DateTimeOffset.UtcNow));
        Assert.DoesNotContain(Seed.PathSecret, run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RotateSecret_SaysUntilWhenThePreviousSecretStillSigns()
    {
        await using var host = TestHost.Create(azurite);
        var subscription = await Seed.SubscriptionAsync(host);

        var run = await CliRun.InvokeAsync(host, "subscriptions", "rotate-secret", subscription.Id);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith($"New secret for {subscription.Id}: {WebhookSecret.Prefix}", run.Lines[0], StringComparison.Ordinal);
        Assert.Contains(run.Lines, line => line.StartsWith("The previous secret still signs until ", StringComparison.Ordinal));
        Assert.DoesNotContain(Seed.PathSecret, run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DisableThenEnable_StopsAndResumesTheSubscription()
    {
        await using var host = TestHost.Create(azurite);
        var subscription = await Seed.SubscriptionAsync(host);
        var subscriptions = host.Get<Subscriptions>();

        var disabled = await CliRun.InvokeAsync(host, "subscriptions", "disable", subscription.Id);
        var whileDisabled = await subscriptions.FindAsync(subscription.Id, Ct);
        var listed = await CliRun.InvokeAsync(host, "subscriptions", "list");
        var enabled = await CliRun.InvokeAsync(host, "subscriptions", "enable", subscription.Id);

        Assert.Equal(0, disabled.ExitCode);
        Assert.Equal($"Disabled {subscription.Id} {Seed.MaskedLoopbackHook}", disabled.Lines.Single());
        Assert.False(whileDisabled!.IsEnabled);
        Assert.Contains("disabled: Disabled by a user.", listed.Lines);
        Assert.Equal(0, enabled.ExitCode);
        Assert.Equal($"Enabled {subscription.Id} {Seed.MaskedLoopbackHook}", enabled.Lines.Single());
        Assert.DoesNotContain(Seed.PathSecret, disabled.Output + listed.Output + enabled.Output, StringComparison.Ordinal);
        Assert.True((await subscriptions.FindAsync(subscription.Id, Ct))!.IsEnabled);
    }

    [Fact]
    public async Task Delete_RemovesTheSubscription()
    {
        await using var host = TestHost.Create(azurite);
        var subscription = await Seed.SubscriptionAsync(host);

        var deleted = await CliRun.InvokeAsync(host, "subscriptions", "delete", subscription.Id);
        var list = await CliRun.InvokeAsync(host, "subscriptions", "list");

        Assert.Equal(0, deleted.ExitCode);
        Assert.Equal($"Deleted {subscription.Id}", deleted.Lines.Single());
        Assert.Null(await host.Get<Subscriptions>().FindAsync(subscription.Id, Ct));
        Assert.StartsWith("No subscriptions.", list.Lines.Single(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("subscriptions", "show")]
    [InlineData("subscriptions", "rotate-secret")]
    [InlineData("subscriptions", "disable")]
    [InlineData("subscriptions", "enable")]
    [InlineData("subscriptions", "delete")]
    [InlineData("deliveries", "list")]
    [InlineData("deliveries", "replay")]
    public async Task AnyVerb_WithAnUnknownId_PrintsOneClearLineAndExitsTwo(string group, string verb)
    {
        await using var host = TestHost.Create(azurite);

        var run = await CliRun.InvokeAsync(host, group, verb, "sub_nosuch");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("newswatch: No subscription has the id 'sub_nosuch'. 'newswatch subscriptions list' shows them.", run.ErrorLines.Single());
        Assert.Empty(run.Output);
    }
}
