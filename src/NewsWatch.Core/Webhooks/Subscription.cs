using NewsWatch.Core.Classification;

namespace NewsWatch.Core.Webhooks;

/// <summary>An endpoint that wants alerts, and which ones.</summary>
public sealed record Subscription(string Id, Uri Url, string Secret, DateTimeOffset CreatedAt)
{
    /// <summary>Only these events; empty means all.</summary>
    public IReadOnlyList<AlertEvent> Events { get; init; } = [];

    /// <summary>Only alerts naming one of these organisations; empty means all.</summary>
    public IReadOnlyList<string> Orgs { get; init; } = [];

    /// <summary>Only alerts in these languages; empty means all.</summary>
    public IReadOnlyList<string> Languages { get; init; } = [];

    public double MinScore { get; init; }

    public bool IsEnabled { get; init; } = true;

    public string? DisabledReason { get; init; }

    public bool Matches(Alerts.Alert alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        return IsEnabled
            && alert.Score >= MinScore
            && (Events.Count == 0 || Events.Contains(alert.Event))
            && (Languages.Count == 0 || Languages.Contains(alert.Language, StringComparer.OrdinalIgnoreCase))
            && (Orgs.Count == 0 || alert.Orgs.Any(org => Orgs.Contains(org, StringComparer.OrdinalIgnoreCase)));
    }
}
