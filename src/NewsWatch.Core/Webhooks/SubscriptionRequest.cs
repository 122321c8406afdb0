namespace NewsWatch.Core.Webhooks;

/// <summary>What a user asks for when subscribing, as it arrives from a host (CLI or HTTP), not yet validated.</summary>
public sealed record SubscriptionRequest(string? Url)
{
    // A subscription is one table row: its URL and filters are kept whole (a cut URL or filter
    // would be another subscription), so these bounds keep them well inside a column.
    public const int MaxUrlLength = 2048;
    public const int MaxOrgs = 50;
    public const int MaxOrgLength = 100;

    public IReadOnlyList<string> Events { get; init; } = [];

    public IReadOnlyList<string> Orgs { get; init; } = [];

    public IReadOnlyList<string> Languages { get; init; } = [];

    public double? MinScore { get; init; }

    public string? Format { get; init; }

    public bool NotifyUpdates { get; init; }
}
