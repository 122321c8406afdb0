using System.Globalization;
using NewsWatch.Core.Alerts;

namespace NewsWatch.Cli.Commands.Alerts;

/// <summary>
/// Writes alerts for a person: a line with when, what, how sure and the headline; under it
/// who reported it and where to read it; then, indented, why the classifier fired.
/// </summary>
internal static class AlertText
{
    private const int MaxOutlets = 5;

    /// <param name="maxAge">Items first seen longer than this after publication raise no alert: the listing says so, since a reader may look for one.</param>
    public static async Task WriteAsync(TextWriter output, AlertPage page, TimeSpan maxAge)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(page);
        if (page.Alerts.Count == 0)
            await output.WriteLineAsync("No alerts in that range. Widen it with --since (e.g. --since 30d).");
        foreach (var alert in page.Alerts)
            await WriteAsync(output, alert);
        if (page.ContinuationToken is not null)
            await output.WriteLineAsync($"Showing the newest {page.Alerts.Count}; older ones may match: raise --limit or narrow --since.");
        await output.WriteLineAsync($"Old news raises no alert: items first seen more than {maxAge.TotalDays:0.#} days after they were published are stored and classified only (NewsWatch:Alerts:MaxAge).");
    }

    private static async Task WriteAsync(TextWriter output, Alert alert)
    {
        var time = alert.CreatedAt.ToLocalTime().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        var score = alert.Score.ToString("0.00", CultureInfo.InvariantCulture);
        await output.WriteLineAsync($"{time}  {alert.Event.ToString().ToLowerInvariant()}  {score}  {alert.Title}");
        await output.WriteLineAsync($"    {Sources(alert)}{(alert.Link is null ? string.Empty : $"  {alert.Link.AbsoluteUri}")}");
        var reasons = alert.Evidence.Select(e => e.Reason).Where(r => !string.IsNullOrWhiteSpace(r)).Distinct(StringComparer.Ordinal).ToList();
        if (reasons.Count > 0)
            await output.WriteLineAsync($"    why: {string.Join("; ", reasons)}");
    }

    private static string Sources(Alert alert)
    {
        var outlets = alert.Sources.Select(s => s.Outlet).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var named = string.Join(", ", outlets.Take(MaxOutlets)) + (outlets.Count > MaxOutlets ? $" and {outlets.Count - MaxOutlets} more" : string.Empty);
        return $"{alert.Sources.Count} {(alert.Sources.Count == 1 ? "source" : "sources")}: {named}";
    }
}
