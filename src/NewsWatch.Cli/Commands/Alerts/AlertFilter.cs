using NewsWatch.Core.Alerts;
using NewsWatch.Core.Classification;

namespace NewsWatch.Cli.Commands.Alerts;

/// <summary>Which alerts <c>newswatch alerts</c> lists, as read from its options; relative times are resolved when the query runs.</summary>
internal sealed record AlertFilter(PointInTime Since, PointInTime? Until, int Limit)
{
    public AlertEvent? Event { get; init; }

    public string? Org { get; init; }

    public string? Language { get; init; }

    public AlertQuery Query(DateTimeOffset now) =>
        new(Since.Resolve(now), Until?.Resolve(now) ?? now.AddSeconds(1), Limit) { Event = Event, Org = Org, Language = Language };
}
