using System.Globalization;

namespace NewsWatch.Cli.Commands.Subscriptions;

/// <summary>Writes subscriptions as an aligned table for a person, with why a disabled one is off indented under its row.</summary>
internal static class SubscriptionTable
{
    private static readonly string[] Headers = ["ID", "STATE", "FORMAT", "EVENTS", "LANGS", "MIN SCORE", "URL"];

    public static async Task WriteAsync(TextWriter output, IReadOnlyList<SubscriptionView> subscriptions)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(subscriptions);
        if (subscriptions.Count == 0)
        {
            await output.WriteLineAsync("No subscriptions. Add one with 'newswatch subscribe <url>'.");
            return;
        }

        var rows = subscriptions.Select(Cells).Prepend(Headers).ToList();
        var widths = Enumerable.Range(0, Headers.Length).Select(column => rows.Max(row => row[column].Length)).ToArray();
        for (var i = 0; i < rows.Count; i++)
        {
            await output.WriteLineAsync(Line(rows[i], widths));
            if (i > 0 && !subscriptions[i - 1].Enabled)
                await output.WriteLineAsync($"    disabled: {subscriptions[i - 1].DisabledReason ?? "no reason recorded"}");
        }
    }

    private static string[] Cells(SubscriptionView s) =>
    [
        s.Id,
        s.Enabled ? (s.FailingSince is null ? "enabled" : "failing") : "disabled",
        s.Format,
        s.Events.Count == 0 ? "all" : string.Join(",", s.Events.Select(e => e.ToString().ToLowerInvariant())),
        s.Languages.Count == 0 ? "all" : string.Join(",", s.Languages),
        s.MinScore.ToString(CultureInfo.InvariantCulture),
        s.Url,
    ];

    private static string Line(string[] cells, int[] widths) =>
        string.Join("  ", cells.Select((cell, column) => column == cells.Length - 1 ? cell : cell.PadRight(widths[column]))).TrimEnd();
}
