using Microsoft.Extensions.Time.Testing;
using NewsWatch.Core.Pipeline;
using NewsWatch.Core.Storage;
using NewsWatch.Core.Webhooks;
using NewsWatch.IntegrationTests.Support;

namespace NewsWatch.IntegrationTests.Webhooks;

/// <summary>
/// A chat webhook's URL is its secret: sending to one logs the endpoint masked, at every level,
/// whatever the delivery's outcome, and never through the HTTP client's own request logging.
/// </summary>
public sealed class WebhookLoggingTests(AzuriteFixture azurite)
{
    private const string ChatPath = "/services/T000/B000/SECRETPATHTOKEN";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(204)]
    [InlineData(503)]
    public async Task Deliver_ToAChatStyleUrl_LogsNoPartOfItsPath(int status)
    {
        await using var receiver = await WebhookReceiver.StartAsync(context => { context.Response.StatusCode = status; return Task.CompletedTask; });
        using var logs = new LogCapture();
        var url = new Uri(receiver.Url, ChatPath);

        var (host, _) = await DeliverOnceAsync(url, logs);
        await using var _ = host;

        Assert.Single(receiver.Deliveries);
        Assert.NotEmpty(logs.Lines);
        Assert.DoesNotContain("SECRETPATH", logs.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("/services/", logs.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(logs.Lines, line => line.StartsWith("System.Net.Http.HttpClient." + WebhookSender.HttpClientName, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Deliver_WhenTheReceiverFails_LogsTheEndpointMasked()
    {
        await using var receiver = await WebhookReceiver.StartAsync(context => { context.Response.StatusCode = 503; return Task.CompletedTask; });
        using var logs = new LogCapture();
        var url = new Uri(receiver.Url, ChatPath);

        var (host, _) = await DeliverOnceAsync(url, logs);
        await using var _ = host;

        var failure = Assert.Single(logs.Lines, line => line.Contains("failed", StringComparison.Ordinal) && line.Contains("Warning", StringComparison.Ordinal));
        Assert.Contains($"at {url.Scheme}://{url.Authority}/…OKEN failed", failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deliver_WhenTheEndpointIsUnreachable_StoresAndLogsAnErrorWithoutTheUrlPath()
    {
        using var logs = new LogCapture();
        var url = new Uri("http://127.0.0.1:9" + ChatPath);

        var (host, subscription) = await DeliverOnceAsync(url, logs);
        await using var _ = host;

        var delivery = Assert.Single(await host.Get<DeliveryStore>().ListAsync(subscription.Id, Ct));
        Assert.False(string.IsNullOrEmpty(delivery.LastError));
        Assert.DoesNotContain("SECRETPATH", delivery.LastError, StringComparison.Ordinal);
        Assert.DoesNotContain("SECRETPATH", logs.Text, StringComparison.Ordinal);
        Assert.Contains("http://127.0.0.1:9/…OKEN", logs.Text, StringComparison.Ordinal);
    }

    /// <summary>Subscribes the URL, raises one alert for it and runs one delivery cycle; the host stays open for the caller.</summary>
    private async Task<(TestHost Host, Subscription Subscription)> DeliverOnceAsync(Uri url, LogCapture logs)
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var host = TestHost.Create(azurite, time, logs: logs);
        var created = await host.Get<Subscriptions>().CreateAsync(new SubscriptionRequest(url.AbsoluteUri), Ct);
        await SampleAlerts.RaiseAsync(host, SampleAlerts.Departure(time.GetUtcNow()), Ct);
        await host.Get<DeliveryCycle>().RunAsync(Ct);
        return (host, created.Subscription);
    }
}
