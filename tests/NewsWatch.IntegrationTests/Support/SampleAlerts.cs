using NewsWatch.Core.Alerts;
using NewsWatch.Core.Classification;
using NewsWatch.Core.Pipeline;
using NewsWatch.Core.Storage;

namespace NewsWatch.IntegrationTests.Support;

/// <summary>Alerts made by hand and put through the real outbox, for delivery tests that need no feed.</summary>
public static class SampleAlerts
{
    public static Alert Departure(DateTimeOffset createdAt, string itemId = "item-1") => new(
        Alert.IdFor("feed-1", itemId, createdAt),
        createdAt,
        AlertEvent.Departure,
        [AlertEvent.Departure],
        0.9,
        "en",
        ["OpenAI"],
        ["Jan Leike"],
        ["Superalignment"],
        [new Evidence("resigned", 10, "event", "departure verb (en)")],
        "Alignment lead resigns",
        "The head of alignment resigned.",
        new Uri("https://news.example/leike"),
        [new AlertSource("Wire", new Uri("https://news.example/leike"), "en", createdAt, "feed-1", itemId)]);

    /// <summary>Stores the alert and writes its deliveries, as the pipeline does.</summary>
    public static async Task<Alert> RaiseAsync(TestHost host, Alert alert, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(host);
        var key = await host.Get<AlertStore>().AddAsync(alert, cancellationToken);
        await host.Get<Outbox>().EnqueueCreatedAsync(alert, key, cancellationToken);
        return alert;
    }
}
