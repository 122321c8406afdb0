using NewsWatch.Core.Classification;

namespace NewsWatch.Core.Alerts;

/// <summary>Which alerts to list: a time range (newest first) and optional filters.</summary>
/// <param name="After">A continuation token: the id of the last alert of the previous page.</param>
public sealed record AlertQuery(DateTimeOffset Since, DateTimeOffset Until, int Limit = 50)
{
    public AlertEvent? Event { get; init; }

    public string? Org { get; init; }

    public string? Person { get; init; }

    /// <summary>Alerts with a report in this language, whichever report came first.</summary>
    public string? Language { get; init; }

    public string? After { get; init; }

    /// <summary>The most rows one page reads, whatever the filters let through (see <c>AlertStore.QueryAsync</c>).</summary>
    public int MaxRowsRead { get; init; } = 2_000;

    /// <summary>
    /// The filters a table query cannot express (names inside the alert's lists): applied to
    /// each row the range and event filters let through.
    /// </summary>
    public bool Matches(Alert alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        return (Org is null || alert.Orgs.Contains(Org, StringComparer.OrdinalIgnoreCase))
            && (Person is null || alert.People.Contains(Person, StringComparer.OrdinalIgnoreCase))
            && (Language is null || IsIn(alert, Language));
    }

    private static bool IsIn(Alert alert, string language) =>
        string.Equals(alert.Language, language, StringComparison.OrdinalIgnoreCase)
        || alert.Sources.Any(source => string.Equals(source.Language, language, StringComparison.OrdinalIgnoreCase));
}
