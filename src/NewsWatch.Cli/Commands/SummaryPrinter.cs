using System.Globalization;
using NewsWatch.Core.Pipeline;

namespace NewsWatch.Cli.Commands;

/// <summary>Writes cycle results for a person: each failed feed and why, then one summary line.</summary>
internal static class SummaryPrinter
{
    public static async Task WriteAsync(TextWriter output, PollSummary summary, DateTimeOffset at)
    {
        foreach (var failed in summary.Results.Where(r => r.IsFailure).OrderBy(r => r.Feed.Url.AbsoluteUri, StringComparer.Ordinal))
            await output.WriteLineAsync($"  failed  {failed.Feed.Title ?? failed.Feed.Url.Host} <{failed.Feed.Url}>: {failed.Feed.LastError}");
        await output.WriteLineAsync($"{Stamp(at)} poll: {summary}");
    }

    public static Task WriteAsync(TextWriter output, DeliverySummary summary, DateTimeOffset at) =>
        output.WriteLineAsync($"{Stamp(at)} deliver: {summary}");

    private static string Stamp(DateTimeOffset at) => at.ToLocalTime().ToString("HH:mm:ss", CultureInfo.InvariantCulture);
}
