using NewsWatch.Core.Alerts;
using NewsWatch.Core.Classification;
using NewsWatch.Core.Storage;
using NewsWatch.Functions.Tests.Support;

namespace NewsWatch.Functions.Tests.Functions.Alerts;

/// <summary>Alerts put straight into the Alerts table, as the poll cycle would leave them.</summary>
internal static class StoredAlerts
{
    public static async Task<Alert> AddAsync(
        FunctionsHost host, string title, AlertEvent alertEvent, DateTimeOffset createdAt, CancellationToken cancellationToken,
        string language = "en", string org = "OpenAI")
    {
        var link = new Uri($"https://news.example/{Uri.EscapeDataString(title)}");
        var source = new AlertSource("News Example", link, language, createdAt.AddMinutes(-30), "feed1", title) { Title = title };
        var alert = new Alert(
            Alert.IdFor("feed1", title, createdAt), createdAt, alertEvent, [alertEvent], 0.75, language, [org], ["Jan Leike"], ["Superalignment"],
            [new Evidence("resigns", 14, "event", alertEvent.ToString().ToLowerInvariant()), new Evidence("alignment", 30, "scope", "AI-safety work")],
            title, "The co-lead of the team resigns & leaves <the company>.", link, [source]);
        await host.Get<AlertStore>().AddAsync(alert, cancellationToken);
        return alert;
    }
}
