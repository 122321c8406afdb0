using NewsWatch.Core.Alerts;
using NewsWatch.Core.Classification;
using NewsWatch.Core.Storage;
using NewsWatch.Core.Webhooks;
using NewsWatch.IntegrationTests.Support;

namespace NewsWatch.IntegrationTests.Cli;

/// <summary>Subscriptions, alerts and deliveries written through Core, for the CLI verbs to read back.</summary>
internal static class Seed
{
    /// <summary>
    /// A loopback endpoint: never contacted, and accepted only where private networks are allowed.
    /// Its path is shaped like a Slack incoming webhook's, which is that webhook's secret.
    /// </summary>
    public const string LoopbackHook = "http://127.0.0.1:9/services/T000/B000/SECRETPATHTOKEN";

    /// <summary><see cref="LoopbackHook"/> as every output after <c>subscribe</c> shows it.</summary>
    public const string MaskedLoopbackHook = "http://127.0.0.1:9/…OKEN";

    /// <summary>The part of <see cref="LoopbackHook"/> no output after <c>subscribe</c> may show.</summary>
    public const string PathSecret = "SECRETPATH";

    /// <summary>The <c>--set</c> that lets a subscription point at <see cref="LoopbackHook"/>.</summary>
    public static readonly string[] AllowPrivateNetworks = ["--set", "NewsWatch:Webhooks:AllowPrivateNetworks=true"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<Subscription> SubscriptionAsync(TestHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        var created = await host.Get<Subscriptions>().CreateAsync(new SubscriptionRequest(LoopbackHook), Ct);
        return created.Subscription;
    }

    public static async Task<Alert> AlertAsync(
        TestHost host, string title, TimeSpan age, AlertEvent alertEvent = AlertEvent.Departure, string language = "en", params string[] outlets)
    {
        ArgumentNullException.ThrowIfNull(host);
        var createdAt = DateTimeOffset.UtcNow - age;
        var link = new Uri($"https://news.example/{Uri.EscapeDataString(title)}");
        var sources = (outlets.Length == 0 ? ["Wire"] : outlets)
            .Select((outlet, i) => new AlertSource(outlet, link, language, createdAt, "feed1", $"{title}-{i}") { Title = title })
            .ToList();
        var alert = new Alert(
            Alert.IdFor("feed1", title, createdAt), createdAt, alertEvent, [alertEvent], 0.87, language,
            ["OpenAI"], ["Jan Leike"], ["Superalignment"],
            [new Evidence("resigned", 10, "event", "departure verb (en)"), new Evidence("Superalignment team", 30, "team", "safety team named")],
            title, "A summary.", link, sources);
        await host.Get<AlertStore>().AddAsync(alert, Ct);
        return alert;
    }

    public static async Task<Delivery> DeliveryAsync(TestHost host, Subscription subscription, Alert alert, DeliveryState state, TimeSpan age)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(alert);
        var now = DateTimeOffset.UtcNow - age;
        var delivery = Delivery.Created(subscription.Id, alert, AlertKey.Of(alert.Id)!, now) with
        {
            State = state,
            Attempts = state == DeliveryState.Dead ? 8 : 1,
            LastStatus = state == DeliveryState.Dead ? 503 : 200,
            LastError = state == DeliveryState.Dead ? "503 Service Unavailable" : null,
            DeliveredAt = state == DeliveryState.Delivered ? now : null,
        };
        await host.Get<DeliveryStore>().SaveAsync(delivery, Ct);
        return delivery;
    }
}
