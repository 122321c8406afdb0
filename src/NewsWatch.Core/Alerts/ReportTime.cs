namespace NewsWatch.Core.Alerts;

/// <summary>
/// When a report happened, for telling which story it belongs to: its publication time, but
/// never later than when NewsWatch first saw it (feeds misdate items, and a date in the future
/// is a typo or a wrong time zone). Reports polled together in one cycle can be months apart.
/// </summary>
public static class ReportTime
{
    public static DateTimeOffset Of(DateTimeOffset? published, DateTimeOffset firstSeen) =>
        published is { } date && date < firstSeen ? date : firstSeen;

    /// <summary>Whether a report was first seen so long after it was published that it is old news, not news.</summary>
    public static bool IsOldNews(DateTimeOffset? published, DateTimeOffset firstSeen, TimeSpan maxAge) =>
        firstSeen - Of(published, firstSeen) > maxAge;
}
