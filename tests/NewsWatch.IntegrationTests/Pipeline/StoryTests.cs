using Azure.Data.Tables;
using Microsoft.AspNetCore.Http;
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
    [InlineData("Ilya Sutskever", 1)]
    [InlineData("Jan Leike", 11)]
    [InlineData("Jan Leike", -40)]
    public async Task ADepartureOfAnotherPersonAtTheSameLab_OrPublishedOutsideTheWindow_MakesASecondAlert(string secondPerson, int daysLater)
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var host = TestHost.Create(azurite, time);
        var ct = TestContext.Current.CancellationToken;
        var raiser = host.Get<AlertRaiser>();
        await raiser.RaiseAsync(await Stored(host, "a", "Leike resigns", "en", time), Departure("en", "Jan Leike"), ct);
        // A negative offset is a backfilled report: seen now, published weeks before.
        var published = time.GetUtcNow().AddDays(daysLater);
        time.Advance(TimeSpan.FromDays(Math.Max(daysLater, 0)));

        await raiser.RaiseAsync(await Stored(host, "b", "Another report", "en", time, published), Departure("en", secondPerson), ct);

        Assert.Equal(2, (await host.RowsAsync(TableNames.Alerts)).Count);
    }

    [Fact]
    public async Task ReportsPolledTogether_ButPublishedMonthsApart_AreTwoStories()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var host = TestHost.Create(azurite, time);
        var ct = TestContext.Current.CancellationToken;
        var raiser = host.Get<AlertRaiser>();
        var now = time.GetUtcNow();

        await raiser.RaiseAsync(await Stored(host, "a", "Madry reassigned", "en", time, now.AddDays(-120)), Departure("en", "Lilian Weng") with { Event = AlertEvent.Restructuring, Events = [AlertEvent.Restructuring] }, ct);
        await raiser.RaiseAsync(await Stored(host, "b", "Weng leaves", "en", time, now.AddDays(-1)), Departure("en", "Lilian Weng"), ct);

        Assert.Equal(2, (await host.RowsAsync(TableNames.Alerts)).Count);
    }

    [Fact]
    public async Task AStoryThatEscalates_NotifiesANewlyMatchingSubscriptionOnce_AndTellsOptedInOnesWhatChanged()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var host = TestHost.Create(azurite, time);
        var ct = TestContext.Current.CancellationToken;
        var subscriptions = host.Get<Subscriptions>();
        await subscriptions.CreateAsync(new SubscriptionRequest(receiver.Url + "?who=dissolutions") { Events = ["dissolution"] }, ct);
        await subscriptions.CreateAsync(new SubscriptionRequest(receiver.Url + "?who=all") { NotifyUpdates = true }, ct);
        var raiser = host.Get<AlertRaiser>();
        var lead = Departure("en", "Jan Leike") with { Teams = ["Superalignment"] };
        var dissolved = lead with { Event = AlertEvent.Dissolution, Events = [AlertEvent.Dissolution, AlertEvent.Departure], People = [] };

        var first = await raiser.RaiseAsync(await Stored(host, "a", "Alignment lead resigns", "en", time), lead, ct);
        time.Advance(TimeSpan.FromHours(5));
        var second = await raiser.RaiseAsync(await Stored(host, "b", "L'équipe Superalignment est dissoute", "fr", time), dissolved with { Language = "fr" }, ct);
        time.Advance(TimeSpan.FromHours(5));
        await raiser.RaiseAsync(await Stored(host, "c", "Superalignment team disbanded", "en", time), dissolved, ct);
        await host.Get<DeliveryCycle>().RunAsync(ct);

        Assert.Equal(first, second);
        Assert.Equal(AlertEvent.Dissolution, (await host.Get<AlertStore>().FindAsync(first, ct))!.Event);
        var toDissolutions = receiver.Deliveries.Where(d => d.PathAndQuery.EndsWith("who=dissolutions", StringComparison.Ordinal)).ToList();
        Assert.Contains("alert.created", Assert.Single(toDissolutions).Body, StringComparison.Ordinal);
        var toAll = receiver.Deliveries.Where(d => d.PathAndQuery.EndsWith("who=all", StringComparison.Ordinal)).ToList();
        Assert.Equal(1, toAll.Count(d => d.Body.Contains("alert.created", StringComparison.Ordinal)));
        var updates = toAll.Where(d => d.Body.Contains("alert.updated", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, updates.Count);
        Assert.Contains(updates, d => d.Body.Contains("event changed from departure to dissolution", StringComparison.Ordinal));
        Assert.Equal(toAll.Count, toAll.Select(d => d.Headers["webhook-id"]).Distinct().Count());
    }

    [Theory]
    [InlineData("OpenAI commits 20% of its compute to Readiness, led by Mirela Osei", "OpenAI dédie 20% de son calcul à Readiness, menée par Mirela Osei", 1)]
    [InlineData("OpenAI commits 20% of its compute to Readiness, led by Mirela Osei", "OpenAI promet 5% de calcul à Horizon, dirigée par Tomas Brandt", 2)]
    public async Task ReportsSharingOnlyTheirLab_JoinOnlyWithTheSameEventAndMatchingSpecifics(string first, string second, int alerts)
    {
        var pledge = new ClassificationResult(AlertEvent.Resources, [AlertEvent.Resources], 0.9, "en", ["OpenAI"], [], [], [new Evidence("commits", 0, "event", "resources")]);

        Assert.Equal(alerts, await AlertsAfterTwoReportsAsync(first, second, pledge));
    }

    [Fact]
    public async Task AThirdReport_JoinsThroughATeamOnlyAnEarlierJoiningReportDescribed()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var host = TestHost.Create(azurite, time);
        var ct = TestContext.Current.CancellationToken;
        var raiser = host.Get<AlertRaiser>();
        var leaves = Departure("en", "Mirela Osei") with { Orgs = ["Tessel AI"] };
        var teamGoes = Dissolution("fr", "équipe d'alignement") with { People = ["Mirela Osei"] };
        await raiser.RaiseAsync(await Stored(host, "a", "Tessel AI safety lead Mirela Osei resigns", "en", time), leaves, ct);
        await raiser.RaiseAsync(await Stored(host, "b", "Tessel AI dissout son équipe d'alignement", "fr", time), teamGoes, ct);

        await raiser.RaiseAsync(await Stored(host, "c", "Tessel AI löst sein Alignment-Team auf", "de", time), Dissolution("de", "Alignment-Team"), ct);

        var alert = Assert.Single(await host.RowsAsync(TableNames.Alerts));
        Assert.Equal(3, (await host.Get<AlertStore>().FindAsync(alert.RowKey, ct))!.Sources.Count);
    }

    [Fact]
    public async Task ADepartureOfAnotherPersonFromTheSameTeam_MakesASecondAlert()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var host = TestHost.Create(azurite, time);
        var ct = TestContext.Current.CancellationToken;
        var raiser = host.Get<AlertRaiser>();
        var fromTeam = Dissolution("en", "alignment team") with { Event = AlertEvent.Departure, Events = [AlertEvent.Departure] };
        await raiser.RaiseAsync(await Stored(host, "a", "Tessel AI alignment lead Mirela Osei resigns", "en", time), fromTeam with { People = ["Mirela Osei"] }, ct);

        await raiser.RaiseAsync(await Stored(host, "b", "Tessel AI alignment researcher Tomas Brandt quits", "en", time), fromTeam with { People = ["Tomas Brandt"] }, ct);

        Assert.Equal(2, (await host.RowsAsync(TableNames.Alerts)).Count);
    }

    [Theory]
    [InlineData("Portugal closes QRAIL, its AI evaluation lab, after 2 years", "Le Portugal ferme QRAIL, son laboratoire d'évaluation de l'IA", AlertEvent.Dissolution, 1)]
    [InlineData("Portugal closes QRAIL, its AI evaluation lab, after 2 years", "Le Chili ferme LVTIA, son laboratoire d'évaluation", AlertEvent.Dissolution, 2)]
    [InlineData("Head of AI safety evaluation leaves QRAIL", "Une chercheuse en alignement quitte QRAIL pour une start-up", AlertEvent.Departure, 2)]
    public async Task ReportsNamingOnlyAnInstitutesAcronym_JoinWhenTheBodyItselfChanges_NotWhenPeopleComeAndGo(string first, string second, AlertEvent alertEvent, int alerts)
    {
        var reported = new ClassificationResult(alertEvent, [alertEvent], 0.9, "en", [], [], [], [new Evidence("closes", 0, "event", "dissolution")]);

        Assert.Equal(alerts, await AlertsAfterTwoReportsAsync(first, second, reported));
    }

    [Fact]
    public async Task AFollowUpBelowTheThreshold_JoinsTheStoryOfThePersonItNamesInFull_AndRaisesNothingOnItsOwn()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var host = TestHost.Create(azurite, time);
        var ct = TestContext.Current.CancellationToken;
        var raiser = host.Get<AlertRaiser>();
        var alertId = await raiser.RaiseAsync(await Stored(host, "a", "Safety lead resigns", "en", time), Departure("en", "Jan Leike"), ct);
        time.Advance(TimeSpan.FromHours(5));

        var joined = await raiser.JoinAsync(await Stored(host, "b", "Leike leaves", "en", time), Weak(Departure("en", "Jan Leike")), ct);
        var byFamilyName = await raiser.JoinAsync(await Stored(host, "c", "Anna Leike leaves", "en", time), Weak(Departure("en", "Anna Leike")), ct);
        var byLabAlone = await raiser.JoinAsync(await Stored(host, "d", "OpenAI loses a researcher", "en", time), Weak(Departure("en", "Mira Kovac")), ct);
        var nobody = await raiser.JoinAsync(await Stored(host, "e", "Someone leaves", "en", time), Weak(Departure("en", "Odile Varennes") with { Orgs = [] }), ct);

        Assert.Equal(alertId, joined);
        Assert.Equal((null, null, null), (byFamilyName, byLabAlone, nobody));
        var alert = Assert.Single(await host.RowsAsync(TableNames.Alerts));
        Assert.Equal(["a", "b"], (await host.Get<AlertStore>().FindAsync(alert.RowKey, ct))!.Sources.Select(s => s.FeedId));
    }

    [Fact]
    public async Task AFollowUpBelowTheThreshold_AddsItsSourceOnly_NeverItsEventsOrOrganisations()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var host = TestHost.Create(azurite, time);
        var ct = TestContext.Current.CancellationToken;
        var raiser = host.Get<AlertRaiser>();
        var alertId = await raiser.RaiseAsync(await Stored(host, "a", "Safety lead resigns", "en", time), Departure("en", "Jan Leike"), ct);

        var followUp = Weak(Departure("fr", "Jan Leike")) with { Event = AlertEvent.Dissolution, Events = [AlertEvent.Dissolution], Orgs = ["Rival Corp"] };
        await raiser.JoinAsync(await Stored(host, "b", "Leike et Rival Corp", "fr", time), followUp, ct);

        var alert = (await host.Get<AlertStore>().FindAsync(alertId, ct))!;
        Assert.Equal((AlertEvent.Departure, "en"), (alert.Event, alert.Language));
        Assert.Equal(["OpenAI"], alert.Orgs);
        Assert.Equal(2, alert.Sources.Count);
    }

    [Fact]
    public async Task PollingAFeed_AFollowUpThatNeverSaysAI_JoinsTheAlertOfThePersonItNames_WhileAnUnrelatedOneRaisesNothing()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var news = new RssFeed.Item("1", "Odile Varennes resigns as head of AI safety at Kestrelmoor", "She cited rushed model launches.", "https://news.example/varennes", time.GetUtcNow().AddHours(-3));
        var followUp = new RssFeed.Item("2", "Odile Varennes resigns from Kestrelmoor", "She had been with the company for four years.", "https://news.example/varennes-leaves", time.GetUtcNow().AddHours(-1));
        var unrelated = new RssFeed.Item("3", "Margit Osterhagen resigns from Kestrelmoor", "She had been with the company for four years.", "https://news.example/osterhagen", time.GetUtcNow().AddHours(-1));

        var sources = await SourcesOfTheOnlyAlertAfterPollingAsync(time, news, followUp, unrelated);

        Assert.Equal(["https://news.example/varennes", "https://news.example/varennes-leaves"], sources);
    }

    [Fact]
    public async Task PollingAFeed_AFollowUpThatNeverSaysAI_JoinsTheAlertOfItsLabsTeam_WhileAnotherLabsTeamRaisesNothing()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var news = new RssFeed.Item("1", "Kestrelmoor AI disbands its red team", "The AI lab's adversarial testers of its language models move to product groups.", "https://news.example/red-team", time.GetUtcNow().AddHours(-3));
        var followUp = new RssFeed.Item("2", "Kestrelmoor breaks up its red team", "Staff were told on Monday that the group would be wound down.", "https://news.example/red-team-2", time.GetUtcNow().AddHours(-1));
        var otherLab = new RssFeed.Item("3", "Tamsworth breaks up its red team", "Staff were told on Monday that the group would be wound down.", "https://news.example/tamsworth", time.GetUtcNow().AddHours(-1));

        var sources = await SourcesOfTheOnlyAlertAfterPollingAsync(time, news, followUp, otherLab);

        Assert.Equal(["https://news.example/red-team", "https://news.example/red-team-2"], sources);
    }

    // One feed carrying the items, polled once: the links of the one alert it raises, in order.
    private async Task<List<string>> SourcesOfTheOnlyAlertAfterPollingAsync(FakeTimeProvider time, params RssFeed.Item[] items)
    {
        await using var server = await LoopbackServer.StartAsync(context => context.Response.WriteAsync(RssFeed.Of("Wire", "en", items)));
        await using var host = TestHost.Create(azurite, time);
        var ct = TestContext.Current.CancellationToken;
        await host.Get<FeedStore>().AddAsync(server.Url("feed"), null, null, ct);

        await host.Get<PollCycle>().RunAsync(ct);

        var alert = Assert.Single(await host.RowsAsync(TableNames.Alerts));
        var sources = (await host.Get<AlertStore>().FindAsync(alert.RowKey, ct))!.Sources;
        return [.. sources.Select(s => s.Link!.AbsoluteUri).Order(StringComparer.Ordinal)];
    }

    // Two outlets, the second three hours later in French, classified alike: how many alerts they make.
    private async Task<int> AlertsAfterTwoReportsAsync(string first, string second, ClassificationResult classification)
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var host = TestHost.Create(azurite, time);
        var ct = TestContext.Current.CancellationToken;
        var raiser = host.Get<AlertRaiser>();

        await raiser.RaiseAsync(await Stored(host, "a", first, "en", time), classification, ct);
        time.Advance(TimeSpan.FromHours(3));
        await raiser.RaiseAsync(await Stored(host, "b", second, "fr", time), classification with { Language = "fr" }, ct);

        return (await host.RowsAsync(TableNames.Alerts)).Count;
    }

    private static ClassificationResult Dissolution(string language, string team) =>
        new(AlertEvent.Dissolution, [AlertEvent.Dissolution], 0.9, language, ["Tessel AI"], [], [team], [new Evidence("dissolves", 0, "event", "dissolution")])
        {
            TeamKinds = new Dictionary<string, string> { [team] = "safety" },
        };

    // As a report that never says it is about AI-safety work scores: an event, little else.
    private static ClassificationResult Weak(ClassificationResult result) => result with { Score = 0.12 };

    private static ClassificationResult Departure(string language, string person) =>
        new(AlertEvent.Departure, [AlertEvent.Departure], 0.9, language, ["OpenAI"], [person], [], [new Evidence("resigns", 0, "event", "departure")]);

    private static async Task<StoredItem> Stored(TestHost host, string feedId, string title, string language, TimeProvider time, DateTimeOffset? published = null)
    {
        var item = new NewsItem(feedId, "item-" + feedId, title, title, new Uri($"https://{feedId}.example/story"), null, published ?? time.GetUtcNow(), language, feedId);
        return (await host.Get<ItemStore>().RecordManyAsync([item], [], time.GetUtcNow(), TestContext.Current.CancellationToken))[0];
    }
}
