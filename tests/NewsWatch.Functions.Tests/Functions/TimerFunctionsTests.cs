using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Time.Testing;
using NewsWatch.Core.Storage;
using NewsWatch.Functions.Functions;
using NewsWatch.Functions.Tests.Functions.Webhooks;
using NewsWatch.Functions.Tests.Support;

namespace NewsWatch.Functions.Tests.Functions;

/// <summary>The timers as the host fires them, late or twice: one alert and one webhook per story, never more.</summary>
public sealed class TimerFunctionsTests(AzuriteFixture azurite)
{
    // Published an hour before the test runs: items first seen weeks after publication raise no alert.
    private static readonly string Rss = """
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0"><channel><title>Lab News</title><link>https://lab.example/</link><language>en</language>
        <item><guid>1</guid><title>OpenAI dissolves its Superalignment team</title><description>The AI safety group is disbanded.</description><link>https://lab.example/1</link><pubDate>{PUBDATE}</pubDate></item>
        <item><guid>2</guid><title>Bakery wins a prize</title><description>Bread.</description><link>https://lab.example/2</link><pubDate>{PUBDATE}</pubDate></item>
        </channel></rss>
        """.Replace("{PUBDATE}", DateTimeOffset.UtcNow.AddHours(-1).ToString("r", System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PollAndDeliver_FiredTwice_RaiseOneAlertAndSendOneSignedWebhook()
    {
        await using var feed = await LoopbackServer.StartAsync(async context =>
        {
            context.Response.ContentType = "application/rss+xml";
            await context.Response.WriteAsync(Rss, Ct);
        });
        await using var receiver = await WebhookReceiver.StartAsync();
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var host = FunctionsHost.Create(azurite, time: time);
        await host.Get<FeedStore>().AddAsync(feed.Url("rss.xml"), null, null, Ct);
        var (_, secret) = await SubscriptionCalls.CreateAsync(host, receiver.Url, Ct);
        var timer = new TimerInfo();

        for (var fired = 0; fired < 2; fired++)
        {
            await host.Function<PollFeeds>().Run(timer, Ct);
            await host.Function<DeliverWebhooks>().Run(timer, Ct);
            time.Advance(TimeSpan.FromMinutes(6));
        }

        Assert.Equal(2, feed.Requests.Count);
        var page = await host.Get<AlertStore>().QueryAsync(new(time.GetUtcNow().AddDays(-1), time.GetUtcNow().AddDays(1)), Ct);
        Assert.Equal("OpenAI dissolves its Superalignment team", Assert.Single(page.Alerts).Title);
        var webhook = Assert.Single(receiver.Deliveries);
        Assert.True(WebhookReceiver.HasValidSignature(webhook, secret));
    }
}
