using System.Text.Json;
using Azure.Data.Tables;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Time.Testing;
using NewsWatch.Core.Pipeline;
using NewsWatch.Core.Storage;
using NewsWatch.Core.Webhooks;
using NewsWatch.IntegrationTests.Support;

namespace NewsWatch.IntegrationTests.Pipeline;

/// <summary>The whole path, for real: a feed over HTTP, Azurite tables, a signed webhook to a live receiver.</summary>
public sealed class FeedToWebhookTests(AzuriteFixture azurite)
{
    // Published an hour before the test runs: the webhooks are signed with the real clock, and
    // items first seen weeks after publication raise no alert.
    private static readonly DateTimeOffset Published = WholeSeconds(DateTimeOffset.UtcNow.AddHours(-1));

    private static readonly RssFeed.Item Dissolution = new(
        "fr-1",
        "OpenAI dissout son équipe Superalignment après le départ de Jan Leike",
        "<p>L'équipe chargée de rendre sûrs les futurs systèmes d'IA superintelligents est démantelée, quelques jours après la démission de son codirigeant Jan Leike.</p>",
        "https://presse.example/tech/openai-superalignment?utm_source=rss",
        Published);

    private static readonly RssFeed.Item[] Unrelated =
    [
        new("fr-2", "La DGAC renforce la sécurité aérienne à Roissy", "Nouveaux contrôles pour les pilotes et le personnel au sol.", "https://presse.example/transport/roissy", Published),
        new("fr-3", "Le club recrute un nouvel entraîneur pour la saison", "L'ancien sélectionneur quitte son poste après huit ans.", "https://presse.example/sport/entraineur", Published),
        new("fr-4", "Une start-up française lance un modèle de langage open source", "Le modèle rivalise avec les meilleurs systèmes du marché.", "https://presse.example/tech/modele", Published),
    ];

    [Fact]
    public async Task OnePollAndOneDelivery_AlertOnceOnTheFrenchDissolution_AndSendOneSignedWebhook()
    {
        var rss = RssFeed.Of("Presse Tech", "fr", [Dissolution, .. Unrelated]);
        await using var feedServer = await LoopbackServer.StartAsync(context => Serve(context, rss));
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var host = TestHost.Create(azurite);
        var ct = TestContext.Current.CancellationToken;
        await host.Get<FeedStore>().AddAsync(feedServer.Url("feed.xml"), null, null, ct);
        var secret = WebhookSecret.Create();
        await host.Get<SubscriptionStore>().SaveAsync(new Subscription("sub1", receiver.Url, secret, Published), ct);

        var poll = await host.Get<PollCycle>().RunAsync(ct);
        var delivery = await host.Get<DeliveryCycle>().RunAsync(ct);

        Assert.Equal((1, 4, 1), (poll.FeedsPolled, poll.NewItems, poll.Alerts));
        var alert = Assert.Single(await host.RowsAsync(TableNames.Alerts));
        Assert.Equal(Dissolution.Title, alert.GetString("Title"));
        Assert.Equal("dissolution", alert.GetString("Event"));
        Assert.Equal(1, delivery.Delivered);
        var webhook = Assert.Single(receiver.Deliveries);
        Assert.StartsWith("msg_", webhook.Headers["webhook-id"], StringComparison.Ordinal);
        Assert.True(long.TryParse(webhook.Headers["webhook-timestamp"], out _));
        Assert.True(WebhookReceiver.HasValidSignature(webhook, secret), "the webhook's signature must verify with the subscription's secret");
        using var body = JsonDocument.Parse(webhook.Body);
        Assert.Equal("alert.created", body.RootElement.GetProperty("type").GetString());
        Assert.Equal(Dissolution.Title, body.RootElement.GetProperty("data").GetProperty("title").GetString());
        Assert.NotEqual(0, body.RootElement.GetProperty("data").GetProperty("evidence").GetArrayLength());
    }

    [Fact]
    public async Task AReportFirstSeenLongAfterItWasPublished_IsStoredAndClassified_ButRaisesNoAlert()
    {
        var rss = RssFeed.Of("Presse Tech", "fr", Dissolution with { Published = Published.AddDays(-30) });
        await using var feedServer = await LoopbackServer.StartAsync(context => Serve(context, rss));
        await using var host = TestHost.Create(azurite);
        var ct = TestContext.Current.CancellationToken;
        await host.Get<FeedStore>().AddAsync(feedServer.Url("feed.xml"), null, null, ct);

        var poll = await host.Get<PollCycle>().RunAsync(ct);

        Assert.Equal((1, 0), (poll.NewItems, poll.Alerts));
        var item = Assert.Single(await host.RowsAsync(TableNames.Items));
        Assert.Equal("dissolution", item.GetString("Event"));
        Assert.True(item.GetBoolean("IsDone"));
    }

    [Fact]
    public async Task SecondPollOfTheSameFeed_MakesNoSecondAlert_AndNoSecondWebhook()
    {
        var rss = RssFeed.Of("Presse Tech", "fr", [Dissolution, .. Unrelated]);
        await using var feedServer = await LoopbackServer.StartAsync(context => Serve(context, rss));
        await using var receiver = await WebhookReceiver.StartAsync();
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var host = TestHost.Create(azurite, time);
        var ct = TestContext.Current.CancellationToken;
        await host.Get<FeedStore>().AddAsync(feedServer.Url("feed.xml"), null, null, ct);
        await host.Get<SubscriptionStore>().SaveAsync(new Subscription("sub1", receiver.Url, WebhookSecret.Create(), Published), ct);
        await host.Get<PollCycle>().RunAsync(ct);
        await host.Get<DeliveryCycle>().RunAsync(ct);

        time.Advance(TimeSpan.FromMinutes(6));
        var secondPoll = await host.Get<PollCycle>().RunAsync(ct);
        await host.Get<DeliveryCycle>().RunAsync(ct);

        Assert.Equal((1, 0, 0), (secondPoll.FeedsPolled, secondPoll.NewItems, secondPoll.Alerts));
        Assert.Single(await host.RowsAsync(TableNames.Alerts));
        Assert.Single(receiver.Deliveries);
        Assert.Equal(2, feedServer.Requests.Count);
    }

    private static async Task Serve(HttpContext context, string rss)
    {
        context.Response.ContentType = "application/rss+xml; charset=utf-8";
        await context.Response.WriteAsync(rss);
    }

    private static DateTimeOffset WholeSeconds(DateTimeOffset time) => new(time.Ticks - (time.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
}
