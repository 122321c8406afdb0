using System.Globalization;
using System.Text.Json;
using NewsWatch.Core;
using NewsWatch.Core.Classification.Evaluation;

namespace NewsWatch.Cli.Commands.Classification;

/// <summary>Prints how reports grouped into stories (<c>eval --stories</c>).</summary>
internal static class StoryReportCardPrinter
{
    public static async Task WriteAsync(TextWriter console, StoryReportCard card, bool asJson)
    {
        if (asJson)
        {
            var summary = new
            {
                pairwise = new { precision = card.Pairs.Precision, recall = card.Pairs.Recall, f1 = card.Pairs.F1 },
                stories = card.Stories,
                alerts = card.Alerts,
                split = card.Split,
                mixed = card.Mixed,
                unalerted = card.Unalerted,
                troubled = card.Troubled().Select(story => new
                {
                    story = story.Key,
                    reports = story.Select(r => new { id = r.Id, alert = r.Grouped, @event = r.Event.ToString().ToLowerInvariant(), keys = r.Keys.Select(k => k.Partition), anchors = r.Anchors.Order(StringComparer.Ordinal) }),
                }),
            };
            await console.WriteLineAsync(JsonSerializer.Serialize(summary, NewsWatchJson.Indented));
            return;
        }

        var pairs = card.Pairs;
        await console.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Pairwise: P {pairs.Precision:0.000} R {pairs.Recall:0.000} F1 {pairs.F1:0.000} (together in both {pairs.TruePositives}, wrongly together {pairs.FalsePositives}, wrongly apart {pairs.FalseNegatives})"));
        await console.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{card.Stories} labelled stories became {card.Alerts} alerts: {card.Split} split into more than one, {card.Mixed} alerts mix stories, {card.Unalerted} reports raised no alert."));
        foreach (var story in card.Troubled())
        {
            await console.WriteLineAsync($"Story {story.Key}:");
            foreach (var report in story)
                await console.WriteLineAsync($"  {report.Id,-16} {report.Grouped ?? "(no alert)",-10} {report.Event,-13} {string.Join(", ", report.Keys.Select(k => k.Partition))}");
        }
    }
}
