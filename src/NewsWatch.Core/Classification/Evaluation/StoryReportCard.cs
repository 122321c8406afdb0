using NewsWatch.Core.Alerts;

namespace NewsWatch.Core.Classification.Evaluation;

/// <summary>
/// How well reports were grouped into stories, against a set labelled with each report's
/// story. Pairwise: of the pairs of reports put in one story, how many are one labelled story
/// (precision), and of the pairs that are one labelled story, how many were put together
/// (recall). A report that raised no alert is in no story, so its pairs count as missed.
/// </summary>
/// <param name="Pairs">Pairwise counts: true positives are pairs together in both.</param>
/// <param name="Stories">How many labelled stories the set holds.</param>
/// <param name="Alerts">How many stories (alerts) the grouping made.</param>
/// <param name="Split">Labelled stories whose alerted reports went to more than one alert.</param>
/// <param name="Mixed">Alerts holding reports of more than one labelled story.</param>
/// <param name="Unalerted">Reports that raised no alert.</param>
public sealed record StoryReportCard(BinaryMetrics Pairs, int Stories, int Alerts, int Split, int Mixed, int Unalerted)
{
    /// <summary>Each report's outcome, in the order seen, for listing what split or mixed (empty when computed from bare assignments).</summary>
    public IReadOnlyList<StoryReportOutcome> Reports { get; init; } = [];

    /// <summary>The labelled stories that split across alerts, or share an alert with another story, with all their reports.</summary>
    public IEnumerable<IGrouping<string, StoryReportOutcome>> Troubled()
    {
        var mixedAlerts = Reports.Where(r => r.Grouped is not null).GroupBy(r => r.Grouped)
            .Where(g => g.Select(r => r.Labelled).Distinct().Count() > 1).Select(g => g.Key).ToHashSet();
        return Reports.GroupBy(r => r.Labelled)
            .Where(g => g.Where(r => r.Grouped is not null).Select(r => r.Grouped).Distinct().Count() > 1 || g.Any(r => mixedAlerts.Contains(r.Grouped)));
    }

    /// <summary>
    /// Classifies each report in the order it was published (each seen an hour later) and groups
    /// the alerting ones; one below the threshold but at least <paramref name="joinMinScore"/> joins a
    /// story it names the same person of, as the pipeline does.
    /// </summary>
    public static StoryReportCard Evaluate(IEnumerable<LabelledItem> items, Classifier classifier, TimeSpan window, double minScore = 0.5, double joinMinScore = 0.1)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(classifier);
        var grouper = new StoryGrouper(window);
        var outcomes = new List<StoryReportOutcome>();
        foreach (var item in items.Where(i => i.Story is not null).OrderBy(i => i.Published ?? DateTimeOffset.MinValue))
        {
            var result = classifier.Classify(item.Title, item.Summary, item.Lang, item.Content, item.Published);
            var time = item.Published ?? DateTimeOffset.UnixEpoch;
            var report = StoryReport.Of(result, item.Title, item.Summary, time);
            var story = result.IsAlert(minScore) ? grouper.Add(report) : result.IsAlert(joinMinScore) ? grouper.Join(report) : null;
            outcomes.Add(new StoryReportOutcome(item.Id, item.Story!, story, result.Event, report.Keys) { Anchors = report.Anchors });
        }

        return Compute([.. outcomes.Select(o => (o.Labelled, o.Grouped))]) with { Reports = outcomes };
    }

    /// <summary>The report card of an assignment: each report's labelled story and the story it was grouped into (null: none).</summary>
    public static StoryReportCard Compute(IReadOnlyList<(string Labelled, string? Grouped)> assigned)
    {
        ArgumentNullException.ThrowIfNull(assigned);
        int tp = 0, fp = 0, fn = 0, tn = 0;
        for (var i = 0; i < assigned.Count; i++)
        {
            for (var j = i + 1; j < assigned.Count; j++)
            {
                var same = assigned[i].Labelled == assigned[j].Labelled;
                var together = assigned[i].Grouped is not null && assigned[i].Grouped == assigned[j].Grouped;
                (tp, fp, fn, tn) = (same, together) switch
                {
                    (true, true) => (tp + 1, fp, fn, tn),
                    (false, true) => (tp, fp + 1, fn, tn),
                    (true, false) => (tp, fp, fn + 1, tn),
                    _ => (tp, fp, fn, tn + 1),
                };
            }
        }

        var alerted = assigned.Where(a => a.Grouped is not null).ToList();
        return new StoryReportCard(
            new BinaryMetrics(tp, fp, fn, tn),
            assigned.Select(a => a.Labelled).Distinct().Count(),
            alerted.Select(a => a.Grouped).Distinct().Count(),
            alerted.GroupBy(a => a.Labelled).Count(g => g.Select(a => a.Grouped).Distinct().Count() > 1),
            alerted.GroupBy(a => a.Grouped).Count(g => g.Select(a => a.Labelled).Distinct().Count() > 1),
            assigned.Count - alerted.Count);
    }
}
