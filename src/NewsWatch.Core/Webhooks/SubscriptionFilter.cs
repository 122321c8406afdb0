using NewsWatch.Core.Alerts;
using NewsWatch.Core.Classification;

namespace NewsWatch.Core.Webhooks;

/// <summary>
/// Which alerts a subscription wants, without its endpoint or secrets: all the outbox needs to
/// owe it a delivery. Read without opening sealed columns, so a subscription whose secrets do
/// not open (a data key missing for a while) still has its deliveries queued, to wait for it.
/// </summary>
public sealed record SubscriptionFilter(string SubscriptionId)
{
    /// <summary>Only these events; empty means all.</summary>
    public IReadOnlyList<AlertEvent> Events { get; init; } = [];

    /// <summary>Only alerts naming one of these organisations; empty means all.</summary>
    public IReadOnlyList<string> Orgs { get; init; } = [];

    /// <summary>Only alerts in these languages; empty means all.</summary>
    public IReadOnlyList<string> Languages { get; init; } = [];

    public double MinScore { get; init; }

    /// <summary>Also send <c>alert.updated</c> when a later report joins an alert already sent.</summary>
    public bool NotifyUpdates { get; init; }

    /// <summary>
    /// Whether the alert passes the filters. A disabled subscription still matches: its
    /// deliveries are queued and wait, so enabling it again loses nothing.
    /// </summary>
    public bool Matches(Alert alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        return alert.Score >= MinScore
            && (Events.Count == 0 || Events.Contains(alert.Event))
            && (Languages.Count == 0 || alert.Sources.Any(s => Languages.Contains(s.Language, StringComparer.OrdinalIgnoreCase)) || Languages.Contains(alert.Language, StringComparer.OrdinalIgnoreCase))
            && (Orgs.Count == 0 || alert.Orgs.Any(org => Orgs.Contains(org, StringComparer.OrdinalIgnoreCase)));
    }
}
