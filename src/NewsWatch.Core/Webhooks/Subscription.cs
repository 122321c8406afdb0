using NewsWatch.Core.Alerts;
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

    public WebhookFormat Format { get; init; } = WebhookFormat.Standard;

    /// <summary>Also send <c>alert.updated</c> when a later report joins an alert already sent.</summary>
    public bool NotifyUpdates { get; init; }

    public bool IsEnabled { get; init; } = true;

    public string? DisabledReason { get; init; }

    /// <summary>The secret before the last rotation, still signing alongside the new one until <see cref="PreviousSecretExpiresAt"/>.</summary>
    public string? PreviousSecret { get; init; }

    public DateTimeOffset? PreviousSecretExpiresAt { get; init; }

    /// <summary>Since when every attempt to this endpoint has failed; null while it answers.</summary>
    public DateTimeOffset? FailingSince { get; init; }

    /// <summary>
    /// Keeps the secrets, and the URL's path and query (a chat webhook's own secret), out of logs
    /// and exception messages that print the record.
    /// </summary>
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append(System.Globalization.CultureInfo.InvariantCulture, $"Id = {Id}, Url = {MaskedUrl.Of(Url)}, IsEnabled = {IsEnabled}");
        return true;
    }

    /// <summary>The secrets a delivery is signed with now: the current one, and the previous one during its grace period.</summary>
    public IReadOnlyList<string> SigningSecrets(DateTimeOffset now) =>
        PreviousSecret is not null && PreviousSecretExpiresAt > now ? [Secret, PreviousSecret] : [Secret];

    /// <summary>Which alerts it wants; see <see cref="SubscriptionFilter.Matches"/>.</summary>
    public SubscriptionFilter Filter => new(Id)
    {
        Events = Events, Orgs = Orgs, Languages = Languages, MinScore = MinScore, NotifyUpdates = NotifyUpdates,
    };

    public bool Matches(Alert alert) => Filter.Matches(alert);
}
