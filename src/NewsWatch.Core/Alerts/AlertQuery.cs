using NewsWatch.Core.Classification;

namespace NewsWatch.Core.Alerts;

/// <summary>Which alerts to list: a time range (newest first) and optional filters.</summary>
/// <param name="After">A continuation token: the id of the last alert of the previous page.</param>
public sealed record AlertQuery(DateTimeOffset Since, DateTimeOffset Until, int Limit = 50)
{
    public AlertEvent? Event { get; init; }

    public string? Org { get; init; }

    public string? Language { get; init; }

    public string? After { get; init; }
}
