using System.Globalization;

namespace NewsWatch.Cli.Commands.Feeds;

/// <summary>
/// Writes feeds as an aligned table for a person: one row per feed, then, indented under
/// it, why it is disabled and its last error, which are too long for a column.
/// </summary>
internal static class FeedTable
{
    private const int MaxTitle = 60;

    private static readonly string[] Headers = ["ID", "TITLE", "STATE", "LAST POLL", "ITEMS", "FAILURES", "NEXT POLL", "URL"];

    public static async Task WriteAsync(TextWriter output, IReadOnlyList<FeedState> feeds)
    {
        if (feeds.Count == 0)
        {
            await output.WriteLineAsync("No feeds. Add one with 'newswatch feeds add <url>' or import a list with 'newswatch feeds import <file.opml>'.");
            return;
        }

        var rows = feeds.Select(Cells).Prepend(Headers).ToList();
        var widths = Enumerable.Range(0, Headers.Length).Select(column => rows.Max(row => row[column].Length)).ToArray();
        for (var i = 0; i < rows.Count; i++)
        {
            await output.WriteLineAsync(Line(rows[i], widths));
            if (i > 0)
                await WriteDetailsAsync(output, feeds[i - 1]);
        }
    }

    private static string[] Cells(FeedState feed) =>
    [
        feed.Id,
        Shortened(feed.Title ?? "-"),
        feed.Enabled ? "enabled" : "disabled",
        Time(feed.LastPolledAt, "never"),
        feed.ItemCount.ToString(CultureInfo.InvariantCulture),
        feed.ConsecutiveFailures.ToString(CultureInfo.InvariantCulture),
        feed.Enabled ? Time(feed.NextPollAt, "now") : "-",
        feed.Url.ToString(),
    ];

    private static string Line(string[] cells, int[] widths) =>
        string.Join("  ", cells.Select((cell, column) => column == cells.Length - 1 ? cell : cell.PadRight(widths[column]))).TrimEnd();

    private static async Task WriteDetailsAsync(TextWriter output, FeedState feed)
    {
        if (!feed.Enabled)
            await output.WriteLineAsync($"    disabled: {feed.DisabledReason ?? "no reason recorded"}");
        if (feed.LastError is not null)
            await output.WriteLineAsync($"    last error: {feed.LastError}");
        if (feed.Push is { } push)
            await output.WriteLineAsync($"    push: {push.State} at {push.Hub.Host}{(push.LeaseUntil is { } until ? $", lease until {Time(until, "-")}" : string.Empty)}{(push.LastError is null ? string.Empty : $"; {push.LastError}")}");
    }

    /// <summary>A search's title holds its whole query: the table shows its start, <c>--json</c> all of it.</summary>
    private static string Shortened(string title) => title.Length <= MaxTitle ? title : title[..(MaxTitle - 1)] + "…";

    private static string Time(DateTimeOffset? at, string none) =>
        at?.ToLocalTime().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? none;
}
