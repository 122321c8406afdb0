namespace NewsWatch.Core.Webhooks;

/// <summary>What a user asks for when subscribing, as it arrives from a host (CLI or HTTP), not yet validated.</summary>
public sealed record SubscriptionRequest(string? Url)
{
    public IReadOnlyList<string> Events { get; init; } = [];

    public IReadOnlyList<string> Orgs { get; init; } = [];

    public IReadOnlyList<string> Languages { get; init; } = [];

    public double? MinScore { get; init; }

    public string? Format { get; init; }

    public bool NotifyUpdates { get; init; }
}
