using Azure.Data.Tables;
using Microsoft.Extensions.Time.Testing;
using NewsWatch.Core.Alerts;
using NewsWatch.Core.Classification;
using NewsWatch.Core.Feeds;
using NewsWatch.Core.Pipeline;
using NewsWatch.Core.Storage;
using NewsWatch.Core.Webhooks;
using NewsWatch.IntegrationTests.Support;

namespace NewsWatch.IntegrationTests.Pipeline;

/// <summary>
/// One real event reported by several outlets, in several languages, over days: one alert
/// with every source, and one webhook per subscriber (plus updates for those who asked).
/// The classifications are given, so these tests check the story logic on its own.
/// </summary>
public sealed class StoryTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task ThreeOutletsInTwoLanguages_MakeOneAlertWithThreeSources_AndOneWebhookPerSubscriber()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var host = TestHost.Create(azurite, time);
        var ct = TestContext.Current.CancellationToken;
        var subscriptions = host.Get<Subscriptions>();
        await subscriptions.CreateAsync(new SubscriptionRequest(receiver.Url + "?who=a"), ct);
        await subscriptions.CreateAsync(new SubscriptionRequest(receiver.Url + "?who=b"), ct);
        var raiser = host.Get<AlertRaiser>();

        var ids = new List<string>
        {
            await raiser.RaiseAsync(await Stored(host, "wire-en", "Alignment lead Jan Leike resigns", "en", time), Departure("en", "Jan Leike"), ct),
        };
        time.Advance(TimeSpan.FromHours(20));
        ids.Add(await raiser.RaiseAsync(await Stored(host, "presse-fr", "Jan Leike quitte OpenAI", "fr", time), Departure("fr", "Jan Leike"), ct));
        time.Advance(TimeSpan.FromDays(3));
        ids.Add(await raiser.RaiseAsync(await Stored(host, "blog-en", "Why Leike left", "en", time), Departure("en", "Jan Leike"), ct));
        await host.Get<DeliveryCycle>().RunAsync(ct);

        var alert = Assert.Single(await host.RowsAsync(TableNames.Alerts));
        Assert.Single(ids.Distinct());
        var stored = await host.Get<AlertStore>().FindAsync(ids[0], ct);
        Assert.Equal(["wire-en", "presse-fr", "blog-en"], stored!.Sources.Select(s => s.FeedId));
        Assert.Equal(["en", "fr", "en"], stored.Sources.Select(s => s.Language));
        Assert.Equal(2, receiver.Deliveries.Count);
        Assert.All(receiver.Deliveries, d => Assert.Contains("\"type\":\"alert.created\"", d.Body, StringComparison.Ordinal));
        Assert.Equal(ids[0], alert.RowKey);
    }

    [Fact]
    public async Task ALaterReport_NotifiesOnlySubscribersWhoOptedIntoUpdates()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var host = TestHost.Create(azurite, time);
        var ct = TestContext.Current.CancellationToken;
        await host.Get<Subscriptions>().CreateAsync(new SubscriptionRequest(receiver.Url + "?who=plain"), ct);
        await host.Get<Subscriptions>().CreateAsync(new SubscriptionRequest(receiver.Url + "?who=updates") { NotifyUpdates = true }, ct);
        var raiser = host.Get<AlertRaiser>();
        await raiser.RaiseAsync(await Stored(host, "a", "Leike resigns", "en", time), Departure("en", "Jan Leike"), ct);
        await raiser.RaiseAsync(await Stored(host, "b", "Leike démissionne", "fr", time), Departure("fr", "Jan Leike"), ct);

        await host.Get<DeliveryCycle>().RunAsync(ct);

        var updates = receiver.Deliveries.Where(d => d.Body.Contains("alert.updated", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, receiver.Deliveries.Count);
        Assert.Equal("/hooks/newswatch?who=updates", Assert.Single(updates).PathAndQuery);
    }

    [Fact]
    public async Task AThirdReport_JoinsThroughAPersonOnlyAnEarlierJoiningReportNamed()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var host = TestHost.Create(azurite, time);
        var ct = TestContext.Current.CancellationToken;
        var raiser = host.Get<AlertRaiser>();
        await raiser.RaiseAsync(await Stored(host, "a", "Safety lead resigns", "en", time), Departure("en", "Jan Leike"), ct);
        await raiser.RaiseAsync(await Stored(host, "b", "Two researchers leave", "en", time), Departure("en", "Jan Leike") with { People = ["Jan Leike", "Ilya Sutskever"] }, ct);

        await raiser.RaiseAsync(await Stored(host, "c", "Sutskever departs", "en", time), Departure("en", "Ilya Sutskever") with { Orgs = [] }, ct);

        var alert = Assert.Single(await host.RowsAsync(TableNames.Alerts));
        Assert.Equal(3, (await host.Get<AlertStore>().FindAsync(alert.RowKey, ct))!.Sources.Count);
    }

    [Fact]
    public async Task ARedoneReportWhoseAlertWasCreatedBeforeACrash_FinishesItsOwnAlertInsteadOfJoiningAnother()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var host = TestHost.Create(azurite, time);
        var ct = TestContext.Current.CancellationToken;
        await host.Get<Subscriptions>().CreateAsync(new SubscriptionRequest(receiver.Url.AbsoluteUri), ct);
        var first = await Stored(host, "a", "Leike resigns", "en", time);
        // The crash: the alert row was written, its story rows and deliveries were not.
        await host.Get<AlertStore>().AddAsync(Alert.From(first, Departure("en", "Jan Leike")), ct);
        await host.Get<AlertRaiser>().RaiseAsync(await Stored(host, "b", "Leike quits", "en", time), Departure("en", "Jan Leike"), ct);

        var redone = await host.Get<AlertRaiser>().RaiseAsync(first, Departure("en", "Jan Leike"), ct);
        await host.Get<DeliveryCycle>().RunAsync(ct);

        Assert.Equal(Alert.IdFor("a", "item-a", first.FirstSeen), redone);
        Assert.Equal(2, (await host.RowsAsync(TableNames.Alerts)).Count);
        Assert.Equal(2, receiver.Deliveries.Count);
    }

    [Theory]
    [InlineData(AlertEvent.Arrival, "Jan Leike", 1)]
    [InlineData(AlertEvent.Departure, "Ilya Sutskever", 11)]
    [InlineData(AlertEvent.Departure, "Jan Leike", 11)]
    public async Task AReportOfAnotherEventPersonOrOutsideTheWindow_MakesASecondAlert(AlertEvent secondEvent, string secondPerson, int daysLater)
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var host = TestHost.Create(azurite, time);
        var ct = TestContext.Current.CancellationToken;
        var raiser = host.Get<AlertRaiser>();
        await raiser.RaiseAsync(await Stored(host, "a", "Leike resigns", "en", time), Departure("en", "Jan Leike"), ct);
        time.Advance(TimeSpan.FromDays(daysLater));

        var second = Departure("en", secondPerson) with { Event = secondEvent, Events = [secondEvent] };
        await raiser.RaiseAsync(await Stored(host, "b", "Another report", "en", time), second, ct);

        Assert.Equal(2, (await host.RowsAsync(TableNames.Alerts)).Count);
    }

    private static ClassificationResult Departure(string language, string person) =>
        new(AlertEvent.Departure, [AlertEvent.Departure], 0.9, language, ["OpenAI"], [person], [], [new Evidence("resigns", 0, "event", "departure")]);

    private static async Task<StoredItem> Stored(TestHost host, string feedId, string title, string language, TimeProvider time)
    {
        var item = new NewsItem(feedId, "item-" + feedId, title, title, new Uri($"https://{feedId}.example/story"), null, time.GetUtcNow(), language, feedId);
        return (await host.Get<ItemStore>().RecordManyAsync([item], [], time.GetUtcNow(), TestContext.Current.CancellationToken))[0];
    }
}
