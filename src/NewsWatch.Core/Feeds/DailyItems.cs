using System.Globalization;

namespace NewsWatch.Core.Feeds;

/// <summary>New items a feed brought on one UTC day.</summary>
public readonly record struct DayCount(DateOnly Day, int Count);

/// <summary>
/// How many new items a feed brought on each of its last <see cref="Days"/> UTC days: enough to
/// see at a glance that a feed went quiet, kept on the feed's own row so that a page of feeds
/// costs no query of their items.
/// </summary>
public sealed record DailyItems
{
    public const int Days = 14;

    // A column written by hand or by another version may hold anything: more entries than days are ignored.
    private const int MaxStoredEntries = Days * 2;

    private readonly DayCount[] counts;

    private DailyItems(DayCount[] counts) => this.counts = counts;

    public static DailyItems None { get; } = new([]);

    /// <summary>These counts with <paramref name="items"/> more on <paramref name="now"/>'s day, days older than the window dropped.</summary>
    public DailyItems Add(DateTimeOffset now, int items)
    {
        if (items <= 0)
            return this;
        var today = DayOf(now);
        var kept = counts.Where(c => c.Day > today.AddDays(-Days)).ToDictionary(c => c.Day, c => c.Count);
        kept[today] = kept.GetValueOrDefault(today) + items;
        return new([.. kept.OrderBy(c => c.Key).Select(c => new DayCount(c.Key, c.Value))]);
    }

    /// <summary>The window ending on <paramref name="now"/>'s day, oldest first, days without items as zero.</summary>
    public IReadOnlyList<DayCount> Window(DateTimeOffset now)
    {
        var today = DayOf(now);
        return [.. Enumerable.Range(0, Days).Select(back => today.AddDays(back - Days + 1))
            .Select(day => new DayCount(day, counts.Where(c => c.Day == day).Sum(c => c.Count)))];
    }

    /// <summary>
    /// Two writers' counts of the same feed (a poll and a WebSub push taking items in at once):
    /// each day keeps the larger, as the item count does. Neither knows the row they both
    /// started from, so a day both added to shows the larger addition only: the chart may
    /// undercount that day, and never counts an item twice.
    /// </summary>
    public static DailyItems Merge(DailyItems first, DailyItems second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        return new([.. first.counts.Concat(second.counts).GroupBy(c => c.Day).OrderBy(g => g.Key).Select(g => new DayCount(g.Key, g.Max(c => c.Count)))]);
    }

    /// <summary>The column form: <c>2026-12-05=3;2026-12-06=1</c>.</summary>
    public override string ToString() =>
        string.Join(';', counts.Select(c => c.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "=" + c.Count.ToString(CultureInfo.InvariantCulture)));

    /// <summary>Reads the column form; entries that do not parse are skipped, an empty or missing column is <see cref="None"/>.</summary>
    public static DailyItems Parse(string? stored)
    {
        if (string.IsNullOrEmpty(stored))
            return None;
        var read = new List<DayCount>();
        foreach (var entry in stored.Split(';', MaxStoredEntries + 1).Take(MaxStoredEntries))
        {
            var parts = entry.Split('=');
            if (parts.Length == 2
                && DateOnly.TryParseExact(parts[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
                && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count))
                read.Add(new DayCount(day, count));
        }

        return new([.. read.GroupBy(c => c.Day).OrderBy(g => g.Key).Select(g => new DayCount(g.Key, g.Max(c => c.Count)))]);
    }

    public bool Equals(DailyItems? other) => other is not null && counts.SequenceEqual(other.counts);

    public override int GetHashCode() => counts.Length;

    private static DateOnly DayOf(DateTimeOffset time) => DateOnly.FromDateTime(time.UtcDateTime);
}
