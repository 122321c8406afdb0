using Microsoft.Extensions.Time.Testing;
using NewsWatch.Core.Pipeline;
using NewsWatch.Core.Webhooks;
using NewsWatch.IntegrationTests.Support;

namespace NewsWatch.IntegrationTests.Webhooks;

public sealed class UnreliableReceiverTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Deliver_ToReceiversFailingThirtyPercentAtRandom_LosesNothingAndKeepsIdsOnDuplicates()
    {
        var random = new Random(20240517);
        await using var receiver = await WebhookReceiver.StartAsync(context =>
        {
            lock (random)
                context.Response.StatusCode = random.NextDouble() < 0.3 ? 503 : 200;
            return Task.CompletedTask;
        });
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var fastRetries = Enumerable.Range(0, 12).ToDictionary(i => $"NewsWatch:Webhooks:RetrySchedule:{i}", _ => (string?)"00:00:01");
        await using var host = TestHost.Create(azurite, time, fastRetries);
        var ct = TestContext.Current.CancellationToken;
        for (var s = 0; s < 3; s++)
            await host.Get<Subscriptions>().CreateAsync(new SubscriptionRequest($"{receiver.Url}?subscriber={s}"), ct);
        for (var a = 0; a < 40; a++)
            await SampleAlerts.RaiseAsync(host, SampleAlerts.Departure(time.GetUtcNow().AddSeconds(-a), $"item-{a}"), ct);

        for (var cycle = 0; cycle < 12; cycle++)
        {
            await host.Get<DeliveryCycle>().RunAsync(ct);
            time.Advance(TimeSpan.FromSeconds(2));
        }

        var attempts = receiver.Deliveries;
        var accepted = attempts.Where(d => d.Status == 200).Select(d => (d.PathAndQuery, Id: d.Headers["webhook-id"])).Distinct().ToList();
        var attempted = attempts.Select(d => (d.PathAndQuery, Id: d.Headers["webhook-id"])).Distinct().ToList();
        Assert.Equal(120, accepted.Count);
        Assert.Equal(120, accepted.Select(m => m.Id).Distinct().Count());
        Assert.Equal(120, attempted.Count);
        Assert.True(attempts.Count > 120, "some attempts failed and were retried under the same webhook-id");
        var summary = await host.Get<DeliveryCycle>().RunAsync(ct);
        Assert.Equal(0, summary.Attempted);
    }
}
