using Microsoft.AspNetCore.Http;
using NewsWatch.Cli.Hosting.Web;
using NewsWatch.Core.Alerts;
using NewsWatch.Core.Pipeline;
using NewsWatch.Core.Storage;
using NewsWatch.Core.Webhooks;

namespace NewsWatch.Dashboard.Tests.Browser;

/// <summary>
/// One installation for the browser tests, filled by the real pipeline: feeds served over
/// loopback HTTP and polled into Azurite (one story reported in French and English, another in
/// German, one broken feed), webhooks delivered to live receivers (one that takes them, one that
/// answers 410 so its delivery dies), and the dashboard and API served by <c>newswatch run</c>'s server.
/// </summary>
public sealed class DashboardSite : IAsyncLifetime
{
    public const string AdminKey = "admin-key-of-the-browser-tests";
    public const string ReaderKey = "reader-key-of-the-browser-tests";

    // Invented names: the dashboard must show what the classifier finds, whoever it is about.
    private static readonly DateTimeOffset Published = DateTimeOffset.UtcNow.AddHours(-2);

    private readonly AzuriteFixture azurite = new();
    private LoopbackServer? feeds;
    private WebhookReceiver? taking;
    private WebhookReceiver? gone;
    private TestHost? host;
    private LocalServer? server;

    internal LocalServer Server => server ?? throw new InvalidOperationException("The site is not running.");

    public TestHost Host => host ?? throw new InvalidOperationException("The site is not running.");

    /// <summary>The story with a French and an English report.</summary>
    public Alert Dissolution { get; private set; } = null!;

    /// <summary>The story reported in German only.</summary>
    public Alert Formation { get; private set; } = null!;

    /// <summary>The subscription whose receiver answered 410: its delivery is dead.</summary>
    public Subscription Refused { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        await azurite.InitializeAsync();
        feeds = await LoopbackServer.StartAsync(ServeFeed);
        taking = await WebhookReceiver.StartAsync();
        gone = await WebhookReceiver.StartAsync(context => { context.Response.StatusCode = 410; return Task.CompletedTask; });
        host = TestHost.Create(azurite);
        var ct = CancellationToken.None;
        var store = host.Get<FeedStore>();
        await store.AddAsync(feeds.Url("fr.xml"), "Presse Tech", "fr", ct);
        await store.AddAsync(feeds.Url("en.xml"), "Tech Wire", "en", ct);
        await store.AddAsync(feeds.Url("de.xml"), "Netzpolitik heute", "de", ct);
        await store.AddAsync(feeds.Url("broken.xml"), "Broken Feed", "en", ct);
        var subscriptions = host.Get<Subscriptions>();
        await subscriptions.CreateAsync(new SubscriptionRequest(taking.Url.AbsoluteUri), ct);
        Refused = (await subscriptions.CreateAsync(new SubscriptionRequest(gone.Url.AbsoluteUri) { Events = ["dissolution"] }, ct)).Subscription;

        await host.Get<PollCycle>().RunAsync(ct);
        await host.Get<DeliveryCycle>().RunAsync(ct);

        var alerts = (await host.Get<AlertStore>().QueryAsync(new AlertQuery(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddMinutes(1)), ct)).Alerts;
        Dissolution = alerts.Single(a => a.Event == Core.Classification.AlertEvent.Dissolution);
        Formation = alerts.Single(a => a.Event == Core.Classification.AlertEvent.Formation);
        server = await LocalServer.StartAsync(host.Services, 0, LocalKeys.From(AdminKey, ReaderKey), ct);
    }

    private static Task ServeFeed(HttpContext context)
    {
        var path = context.Request.Path.Value;
        if (path == "/broken.xml")
        {
            context.Response.StatusCode = 500;
            return Task.CompletedTask;
        }

        var document = path switch
        {
            "/fr.xml" => RssFeed.Of("Presse Tech", "fr", new RssFeed.Item(
                "fr-1", "Corvid Labs dissout son équipe d'alignement après la démission de sa directrice Maren Okafor",
                "L'équipe chargée de la sécurité des modèles est démantelée, quelques jours après le départ de Maren Okafor.",
                "https://presse.example/corvid-alignement", Published)),
            "/en.xml" => RssFeed.Of("Tech Wire", "en", new RssFeed.Item(
                "en-1", "Corvid Labs disbands its alignment team as safety lead Maren Okafor resigns",
                "The group that tested the lab's models for safety is being wound down after Maren Okafor's departure.",
                "https://wire.example/corvid-alignment", Published.AddMinutes(20))),
            "/de.xml" => RssFeed.Of("Netzpolitik heute", "de", new RssFeed.Item(
                "de-1", "Regierung gründet ein nationales Institut für KI-Sicherheit unter Leitung von Jonas Falk",
                "Das neue Institut soll fortgeschrittene KI-Modelle vor ihrer Veröffentlichung prüfen.",
                "https://netz.example/ki-institut", Published.AddMinutes(-30))),
            _ => null,
        };
        if (document is null)
        {
            context.Response.StatusCode = 404;
            return Task.CompletedTask;
        }

        context.Response.ContentType = "application/rss+xml; charset=utf-8";
        return context.Response.WriteAsync(document);
    }

    public async ValueTask DisposeAsync()
    {
        if (server is not null)
            await server.DisposeAsync();
        if (host is not null)
            await host.DisposeAsync();
        foreach (var disposable in new IAsyncDisposable?[] { gone, taking, feeds })
        {
            if (disposable is not null)
                await disposable.DisposeAsync();
        }

        await azurite.DisposeAsync();
    }
}
