using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Time.Testing;
using NewsWatch.Core.Pipeline;
using NewsWatch.Core.Storage;
using NewsWatch.Core.Webhooks;
using NewsWatch.IntegrationTests.Support;

namespace NewsWatch.IntegrationTests.Webhooks;

/// <summary>Deliveries to live loopback receivers: retries, outages, refusals, rotation, replay.</summary>
public sealed class WebhookDeliveryTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Deliver_WhenTheReceiverFailsOnceThenAccepts_RetriesWithTheSameWebhookId()
    {
        var answers = 0;
        await using var receiver = await WebhookReceiver.StartAsync(context =>
        {
            context.Response.StatusCode = Interlocked.Increment(ref answers) == 1 ? 500 : 204;
            return Task.CompletedTask;
        });
        var (host, time, subscription) = await StartAsync(receiver.Url);
        await using var _ = host;
        var ct = TestContext.Current.CancellationToken;
        await SampleAlerts.RaiseAsync(host, SampleAlerts.Departure(time.GetUtcNow()), ct);

        var first = await host.Get<DeliveryCycle>().RunAsync(ct);
        time.Advance(TimeSpan.FromSeconds(10));
        var second = await host.Get<DeliveryCycle>().RunAsync(ct);

        Assert.Equal((1, 1), (first.Retrying, second.Delivered));
        Assert.Equal(2, receiver.Deliveries.Count);
        Assert.Single(receiver.Deliveries.Select(d => d.Headers["webhook-id"]).Distinct());
        Assert.All(receiver.Deliveries, d => Assert.True(WebhookReceiver.PassesStandardWebhooksLibrary(d, subscription.Secret)));
    }

    [Fact]
    public async Task Deliver_WhenTheReceiverIsDownForAWhile_DeliversOnceItIsBack()
    {
        var port = FreePort();
        var (host, time, _) = await StartAsync(new Uri($"http://127.0.0.1:{port}/hook"));
        await using var _ = host;
        var ct = TestContext.Current.CancellationToken;
        await SampleAlerts.RaiseAsync(host, SampleAlerts.Departure(time.GetUtcNow()), ct);
        for (var outage = 0; outage < 3; outage++)
        {
            Assert.Equal(1, (await host.Get<DeliveryCycle>().RunAsync(ct)).Retrying);
            time.Advance(TimeSpan.FromHours(1));
        }

        await using var receiver = await LoopbackServer.StartAsync(context => { context.Response.StatusCode = 200; return Task.CompletedTask; }, port);
        var back = await host.Get<DeliveryCycle>().RunAsync(ct);

        Assert.Equal(1, back.Delivered);
        Assert.Single(receiver.Requests);
    }

    [Fact]
    public async Task Deliver_WhenTheReceiverAnswers410_DisablesTheSubscriptionWithTheReason()
    {
        await using var receiver = await WebhookReceiver.StartAsync(context => { context.Response.StatusCode = 410; return Task.CompletedTask; });
        var (host, time, subscription) = await StartAsync(receiver.Url);
        await using var _ = host;
        var ct = TestContext.Current.CancellationToken;
        await SampleAlerts.RaiseAsync(host, SampleAlerts.Departure(time.GetUtcNow()), ct);

        await host.Get<DeliveryCycle>().RunAsync(ct);

        var after = await host.Get<Subscriptions>().FindAsync(subscription.Id, ct);
        Assert.False(after!.IsEnabled);
        Assert.Contains("410", after.DisabledReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deliver_WhenEveryAttemptFailsPastTheSchedule_MarksTheDeliveryDead_AndReplaySendsItAgain()
    {
        var accept = false;
        await using var receiver = await WebhookReceiver.StartAsync(context => { context.Response.StatusCode = accept ? 200 : 503; return Task.CompletedTask; });
        var settings = new Dictionary<string, string?> { ["NewsWatch:Webhooks:RetrySchedule:0"] = "00:00:05", ["NewsWatch:Webhooks:RetrySchedule:1"] = "00:00:05" };
        var (host, time, subscription) = await StartAsync(receiver.Url, settings);
        await using var _ = host;
        var ct = TestContext.Current.CancellationToken;
        await SampleAlerts.RaiseAsync(host, SampleAlerts.Departure(time.GetUtcNow()), ct);
        DeliverySummary last = new(0, 0, 0, 0);
        for (var attempt = 0; attempt < 3; attempt++)
        {
            last = await host.Get<DeliveryCycle>().RunAsync(ct);
            time.Advance(TimeSpan.FromMinutes(1));
        }

        accept = true;
        var replayed = await host.Get<Subscriptions>().ReplayAsync(subscription.Id, null, ct);
        var afterReplay = await host.Get<DeliveryCycle>().RunAsync(ct);

        Assert.Equal(1, last.Dead);
        Assert.Equal(1, replayed);
        Assert.Equal(1, afterReplay.Delivered);
        Assert.Single(receiver.Deliveries.Select(d => d.Headers["webhook-id"]).Distinct());
    }

    [Fact]
    public async Task Deliver_AfterASecretRotation_SignsWithBothSecretsUntilTheGracePeriodEnds()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var (host, time, subscription) = await StartAsync(receiver.Url);
        await using var _ = host;
        var ct = TestContext.Current.CancellationToken;
        var rotated = await host.Get<Subscriptions>().RotateSecretAsync(subscription.Id, ct);
        await SampleAlerts.RaiseAsync(host, SampleAlerts.Departure(time.GetUtcNow(), "during-grace"), ct);
        await host.Get<DeliveryCycle>().RunAsync(ct);
        time.Advance(TimeSpan.FromHours(25));
        await SampleAlerts.RaiseAsync(host, SampleAlerts.Departure(time.GetUtcNow(), "after-grace"), ct);
        await host.Get<DeliveryCycle>().RunAsync(ct);

        var (during, after) = (receiver.Deliveries[0], receiver.Deliveries[1]);
        Assert.True(WebhookReceiver.HasValidSignature(during, subscription.Secret));
        Assert.True(WebhookReceiver.HasValidSignature(during, rotated!.Secret));
        Assert.False(WebhookReceiver.HasValidSignature(after, subscription.Secret));
        Assert.True(WebhookReceiver.HasValidSignature(after, rotated.Secret));
    }

    [Fact]
    public async Task Deliver_WhenTheEndpointHasFailedForTooLong_DisablesTheSubscriptionButKeepsIt()
    {
        await using var receiver = await WebhookReceiver.StartAsync(context => { context.Response.StatusCode = 500; return Task.CompletedTask; });
        var (host, time, subscription) = await StartAsync(receiver.Url, new Dictionary<string, string?> { ["NewsWatch:Webhooks:DisableAfterFailingFor"] = "02:00:00" });
        await using var _ = host;
        var ct = TestContext.Current.CancellationToken;
        await SampleAlerts.RaiseAsync(host, SampleAlerts.Departure(time.GetUtcNow()), ct);

        await host.Get<DeliveryCycle>().RunAsync(ct);
        time.Advance(TimeSpan.FromHours(3));
        await host.Get<DeliveryCycle>().RunAsync(ct);

        var after = await host.Get<Subscriptions>().FindAsync(subscription.Id, ct);
        Assert.NotNull(after);
        Assert.False(after.IsEnabled);
        Assert.Contains("failed", after.DisabledReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deliver_WhenTheUserRotatesTheSecretDuringTheCycle_KeepsTheNewSecret()
    {
        TestHost? host = null;
        string? rotatedSecret = null;
        string? subscriptionId = null;
        await using var receiver = await WebhookReceiver.StartAsync(async context =>
        {
            rotatedSecret = (await host!.Get<Subscriptions>().RotateSecretAsync(subscriptionId!, context.RequestAborted))!.Secret;
            context.Response.StatusCode = 500;
        });
        (host, var time, var subscription) = await StartAsync(receiver.Url);
        subscriptionId = subscription.Id;
        await using var _ = host;
        var ct = TestContext.Current.CancellationToken;
        await SampleAlerts.RaiseAsync(host, SampleAlerts.Departure(time.GetUtcNow()), ct);

        await host.Get<DeliveryCycle>().RunAsync(ct);

        var after = await host.Get<Subscriptions>().FindAsync(subscription.Id, ct);
        Assert.Equal(rotatedSecret, after!.Secret);
        Assert.Equal(subscription.Secret, after.PreviousSecret);
        Assert.NotNull(after.FailingSince);
    }

    [Fact]
    public async Task Deliver_WhenTheUserDeletesTheSubscriptionDuringTheCycle_DoesNotBringItBack()
    {
        TestHost? host = null;
        string? subscriptionId = null;
        await using var receiver = await WebhookReceiver.StartAsync(async context =>
        {
            await host!.Get<Subscriptions>().DeleteAsync(subscriptionId!, context.RequestAborted);
            context.Response.StatusCode = 500;
        });
        (host, var time, var subscription) = await StartAsync(receiver.Url);
        subscriptionId = subscription.Id;
        await using var _ = host;
        var ct = TestContext.Current.CancellationToken;
        await SampleAlerts.RaiseAsync(host, SampleAlerts.Departure(time.GetUtcNow()), ct);

        await host.Get<DeliveryCycle>().RunAsync(ct);

        Assert.Null(await host.Get<Subscriptions>().FindAsync(subscription.Id, ct));
    }

    [Fact]
    public async Task Deliver_WhenOneAlertRowIsUnreadable_DeliversTheOthersAndRecordsTheError()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var (host, time, subscription) = await StartAsync(receiver.Url);
        await using var _ = host;
        var ct = TestContext.Current.CancellationToken;
        var poisoned = await SampleAlerts.RaiseAsync(host, SampleAlerts.Departure(time.GetUtcNow(), "poisoned"), ct);
        await SampleAlerts.RaiseAsync(host, SampleAlerts.Departure(time.GetUtcNow().AddSeconds(-1), "fine"), ct);
        var row = (await host.RowsAsync(TableNames.Alerts)).Single(r => r.RowKey == poisoned.Id);
        row["Json"] = "{ not json";
        await host.Table(TableNames.Alerts).UpdateEntityAsync(row, row.ETag, Azure.Data.Tables.TableUpdateMode.Merge, ct);

        var summary = await host.Get<DeliveryCycle>().RunAsync(ct);

        Assert.Equal((2, 1, 1), (summary.Attempted, summary.Delivered, summary.Retrying));
        Assert.Single(receiver.Deliveries);
        var stuck = (await host.Get<DeliveryStore>().ListAsync(subscription.Id, ct)).Single(d => d.AlertId == poisoned.Id);
        Assert.StartsWith("Unexpected error", stuck.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deliver_ABacklogLargerThanTheCycleCap_IsWorkedOffOverSeveralCycles()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var (host, time, _) = await StartAsync(receiver.Url, new Dictionary<string, string?> { ["NewsWatch:Webhooks:MaxDeliveriesPerSubscriptionPerCycle"] = "2" });
        await using var __ = host;
        var ct = TestContext.Current.CancellationToken;
        for (var i = 0; i < 5; i++)
            await SampleAlerts.RaiseAsync(host, SampleAlerts.Departure(time.GetUtcNow().AddSeconds(-i), $"backlog-{i}"), ct);

        var attempted = new List<int>();
        for (var cycle = 0; cycle < 4; cycle++)
            attempted.Add((await host.Get<DeliveryCycle>().RunAsync(ct)).Attempted);

        Assert.Equal([2, 2, 1, 0], attempted);
        Assert.Equal(5, receiver.Deliveries.Count);
    }

    private async Task<(TestHost Host, FakeTimeProvider Time, Subscription Subscription)> StartAsync(Uri url, IDictionary<string, string?>? settings = null)
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var host = TestHost.Create(azurite, time, settings);
        var created = await host.Get<Subscriptions>().CreateAsync(new SubscriptionRequest(url.AbsoluteUri), TestContext.Current.CancellationToken);
        return (host, time, created.Subscription);
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
