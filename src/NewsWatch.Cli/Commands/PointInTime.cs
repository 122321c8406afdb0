using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace NewsWatch.Cli.Commands;

/// <summary>
/// A time as a user types it for <c>--since</c> and <c>--until</c>: an ISO 8601 date or date
/// and time (UTC unless it carries an offset), or a duration ago such as <c>90m</c>, <c>24h</c>, <c>7d</c>, <c>2w</c>.
/// </summary>
internal sealed record PointInTime(DateTimeOffset? At, TimeSpan Ago)
{
    public const string Formats = "an ISO date or time (2026-11-20, 2026-11-20T08:00Z) or a duration ago (30m, 24h, 7d, 2w)";

    private static readonly string[] IsoFormats =
        ["yyyy-MM-dd", "yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ss.FFFFFFF", "yyyy-MM-ddTHH:mmK", "yyyy-MM-ddTHH:mm:ssK", "yyyy-MM-ddTHH:mm:ss.FFFFFFFK"];

    public static PointInTime DaysAgo(int days) => new(null, TimeSpan.FromDays(days));

    public static bool TryParse(string text, [NotNullWhen(true)] out PointInTime? time)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        time = Duration(trimmed) is { } ago ? new PointInTime(null, ago)
            : DateTimeOffset.TryParseExact(trimmed, IsoFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? new PointInTime(at, TimeSpan.Zero)
            : null;
        return time is not null;
    }

    public DateTimeOffset Resolve(DateTimeOffset now) => At ?? now - Ago;

    private static TimeSpan? Duration(string text)
    {
        if (text.Length < 2 || !int.TryParse(text.AsSpan(0, text.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var count))
            return null;
        return char.ToLowerInvariant(text[^1]) switch
        {
            's' => TimeSpan.FromSeconds(count),
            'm' => TimeSpan.FromMinutes(count),
            'h' => TimeSpan.FromHours(count),
            'd' => TimeSpan.FromDays(count),
            'w' => TimeSpan.FromDays(7.0 * count),
            _ => null,
        };
    }
}
