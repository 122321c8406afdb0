using System.Globalization;

namespace NewsWatch.Core.Sources;

/// <summary>How much of GDELT's recent news one poll asks for: the newest articles in a span of time.</summary>
/// <param name="MaxRecords">GDELT's maxrecords: 1 to 250, GDELT's own ceiling.</param>
/// <param name="Span">GDELT's timespan, in whole minutes from 15 minutes (GDELT's update interval) to 90 days (its rolling window).</param>
public sealed record GdeltWindow(int MaxRecords, TimeSpan Span)
{
    public const int MaxMaxRecords = 250;

    /// <summary>
    /// 75 articles over 24 hours. Sources are polled every few minutes to an hour, and the
    /// window must overlap the polls: a day also covers a poller that was down overnight, and
    /// the overlap costs nothing because items keep their ids (the article's link). A narrow
    /// AI-safety query rarely finds 75 articles a day in one language, so newest-first with
    /// 75 keeps bodies small without losing news; a broad one that does is being polled often.
    /// </summary>
    public static GdeltWindow Default { get; } = new(75, TimeSpan.FromHours(24));

    private static readonly TimeSpan ShortestSpan = TimeSpan.FromMinutes(15);
    private static readonly TimeSpan LongestSpan = TimeSpan.FromDays(90);

    /// <summary>Why GDELT would refuse this window, or null when it is fine.</summary>
    public string? Refusal() =>
        MaxRecords is < 1 or > MaxMaxRecords ? $"GDELT returns 1 to {MaxMaxRecords} articles a request, not {MaxRecords}."
        : Span < ShortestSpan || Span > LongestSpan ? $"GDELT searches from 15 minutes to 90 days back, not {Span}."
        : null;

    /// <summary>The timespan as GDELT reads it: whole hours as "24h", else minutes as "90min".</summary>
    public string TimespanText() => Span.TotalMinutes % 60 == 0
        ? ((int)Span.TotalHours).ToString(CultureInfo.InvariantCulture) + "h"
        : ((int)Span.TotalMinutes).ToString(CultureInfo.InvariantCulture) + "min";
}
