using System.Text.Json;
using NewsWatch.Core.Storage;
using NewsWatch.Core.Webhooks;
using NewsWatch.IntegrationTests.Support;

namespace NewsWatch.IntegrationTests.Cli;

public sealed class DeliveriesCommandTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Replay_PutsADeadDeliveryBackInTheQueue_AndLeavesDeliveredOnesAlone()
    {
        await using var host = TestHost.Create(azurite);
        var subscription = await Seed.SubscriptionAsync(host);
        var dead = await Seed.DeliveryAsync(host, subscription, await Seed.AlertAsync(host, "Dead", TimeSpan.FromHours(2)), DeliveryState.Dead, TimeSpan.FromHours(2));
        var delivered = await Seed.DeliveryAsync(host, subscription, await Seed.AlertAsync(host, "Sent", TimeSpan.FromHours(1)), DeliveryState.Delivered, TimeSpan.FromHours(1));

        var run = await CliRun.InvokeAsync(host, "deliveries", "replay", subscription.Id);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal($"Queued 1 delivery of {subscription.Id} again (dead ones).", run.Lines.Single());
        var states = (await host.Get<DeliveryStore>().ListAsync(subscription.Id, Ct)).ToDictionary(d => d.Key, d => d);
        Assert.Equal(DeliveryState.Pending, states[dead.Key].State);
        Assert.Equal(0, states[dead.Key].Attempts);
        Assert.Equal(dead.MessageId, states[dead.Key].MessageId);
        Assert.Equal(DeliveryState.Delivered, states[delivered.Key].State);
    }

    [Fact]
    public async Task ReplayWithSince_AlsoRequeuesTheDeliveredOnesCreatedSinceThen()
    {
        await using var host = TestHost.Create(azurite);
        var subscription = await Seed.SubscriptionAsync(host);
        var old = await Seed.DeliveryAsync(host, subscription, await Seed.AlertAsync(host, "Old", TimeSpan.FromDays(3)), DeliveryState.Delivered, TimeSpan.FromDays(3));
        var recent = await Seed.DeliveryAsync(host, subscription, await Seed.AlertAsync(host, "Recent", TimeSpan.FromHours(1)), DeliveryState.Delivered, TimeSpan.FromHours(1));

        var run = await CliRun.InvokeAsync(host, "deliveries", "replay", subscription.Id, "--since", "24h");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith($"Queued 1 delivery of {subscription.Id} again (dead ones and those delivered since ", run.Lines.Single(), StringComparison.Ordinal);
        var states = (await host.Get<DeliveryStore>().ListAsync(subscription.Id, Ct)).ToDictionary(d => d.Key, d => d.State);
        Assert.Equal(DeliveryState.Pending, states[recent.Key]);
        Assert.Equal(DeliveryState.Delivered, states[old.Key]);
    }

    [Fact]
    public async Task Replay_WithAnUnreadableSince_ExitsTwo()
    {
        await using var host = TestHost.Create(azurite);
        var subscription = await Seed.SubscriptionAsync(host);

        var run = await CliRun.InvokeAsync(host, "deliveries", "replay", subscription.Id, "--since", "last week");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("newswatch: --since expects an ISO date or time", run.ErrorLines.Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_ShowsEachDeliveryNewestFirst_WithItsStateStatusAndLastError()
    {
        await using var host = TestHost.Create(azurite);
        var subscription = await Seed.SubscriptionAsync(host);
        var sent = await Seed.DeliveryAsync(host, subscription, await Seed.AlertAsync(host, "Sent", TimeSpan.FromHours(2)), DeliveryState.Delivered, TimeSpan.FromHours(2));
        var dead = await Seed.DeliveryAsync(host, subscription, await Seed.AlertAsync(host, "Dead", TimeSpan.FromHours(1)), DeliveryState.Dead, TimeSpan.FromHours(1));

        var table = await CliRun.InvokeAsync(host, "deliveries", "list", subscription.Id);
        var json = await CliRun.InvokeAsync(host, "deliveries", "list", subscription.Id, "--json");

        Assert.Equal(0, table.ExitCode);
        Assert.StartsWith("CREATED", table.Lines[0], StringComparison.Ordinal);
        Assert.EndsWith(dead.AlertId, table.Lines[1], StringComparison.Ordinal);
        Assert.Equal("last error: 503 Service Unavailable", table.Lines[2]);
        Assert.EndsWith(sent.AlertId, table.Lines[3], StringComparison.Ordinal);
        using var document = JsonDocument.Parse(json.Output);
        var rows = document.RootElement.EnumerateArray().ToList();
        Assert.Equal(["dead", "delivered"], rows.Select(r => r.GetProperty("state").GetString()));
        Assert.Equal(dead.MessageId, rows[0].GetProperty("messageId").GetString());
        Assert.Equal(503, rows[0].GetProperty("lastStatus").GetInt32());
    }

    [Fact]
    public async Task List_WithNoDeliveries_SaysSo()
    {
        await using var host = TestHost.Create(azurite);
        var subscription = await Seed.SubscriptionAsync(host);

        var run = await CliRun.InvokeAsync(host, "deliveries", "list", subscription.Id);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith($"No deliveries for {subscription.Id} yet", run.Lines.Single(), StringComparison.Ordinal);
    }
}
