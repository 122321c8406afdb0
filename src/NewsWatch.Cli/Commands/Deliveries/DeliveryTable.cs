using System.Globalization;
using NewsWatch.Core.Webhooks;

namespace NewsWatch.Cli.Commands.Deliveries;

/// <summary>Writes deliveries as an aligned table, each one's last error indented under its row.</summary>
internal static class DeliveryTable
{
    private static readonly string[] Headers = ["CREATED", "STATE", "TYPE", "ATTEMPTS", "STATUS", "NEXT ATTEMPT", "ALERT"];

    public static async Task WriteAsync(TextWriter output, IReadOnlyList<DeliveryView> deliveries)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(deliveries);
        var rows = deliveries.Select(Cells).Prepend(Headers).ToList();
        var widths = Enumerable.Range(0, Headers.Length).Select(column => rows.Max(row => row[column].Length)).ToArray();
        for (var i = 0; i < rows.Count; i++)
        {
            await output.WriteLineAsync(Line(rows[i], widths));
            if (i > 0 && deliveries[i - 1].LastError is { } error)
                await output.WriteLineAsync($"    last error: {error}");
        }
    }

    private static string[] Cells(DeliveryView delivery) =>
    [
        Time(delivery.CreatedAt),
        delivery.State.ToString().ToLowerInvariant(),
        delivery.Type,
        delivery.Attempts.ToString(CultureInfo.InvariantCulture),
        delivery.LastStatus?.ToString(CultureInfo.InvariantCulture) ?? "-",
        delivery.NextAttemptAt is { } next ? Time(next) : "-",
        delivery.AlertId,
    ];

    private static string Line(string[] cells, int[] widths) =>
        string.Join("  ", cells.Select((cell, column) => column == cells.Length - 1 ? cell : cell.PadRight(widths[column]))).TrimEnd();

    private static string Time(DateTimeOffset at) => at.ToLocalTime().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
