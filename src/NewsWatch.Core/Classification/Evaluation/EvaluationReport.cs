namespace NewsWatch.Core.Classification.Evaluation;

/// <summary>
/// How well classifications agree with labels. An item counts as a predicted alert when
/// <see cref="ClassificationResult.IsAlert"/> holds at the report's threshold; its predicted
/// event is then its headline event, else none, and its predicted entities are empty (labels
/// name entities only for alerts). Unlabelled items are ignored.
/// </summary>
/// <param name="Alerts">Alert versus none, over all items.</param>
/// <param name="AlertsByLanguage">Alert versus none, per labelled language.</param>
/// <param name="ByEvent">Per event type: predicted that event versus labelled with it.</param>
/// <param name="EventAccuracy">Share of labelled alerts whose predicted event is the labelled event.</param>
/// <param name="Orgs">Organisation matches, summed over items (micro).</param>
/// <param name="People">People matches, summed over items (micro).</param>
/// <param name="Teams">Team matches, summed over items (micro).</param>
/// <param name="Confusion">Labelled against predicted event.</param>
/// <param name="Misclassified">Items whose predicted event is not the labelled one.</param>
public sealed record EvaluationReport(
    double MinScore,
    BinaryMetrics Alerts,
    IReadOnlyDictionary<string, BinaryMetrics> AlertsByLanguage,
    IReadOnlyDictionary<AlertEvent, BinaryMetrics> ByEvent,
    double EventAccuracy,
    BinaryMetrics Orgs,
    BinaryMetrics People,
    BinaryMetrics Teams,
    ConfusionMatrix Confusion,
    IReadOnlyList<Misclassification> Misclassified)
{
    /// <summary>Organisations, people and teams together, micro-averaged.</summary>
    public BinaryMetrics Entities => Orgs.Add(People).Add(Teams);

    /// <summary>Classifies each labelled item (with its language declared, unless told not to) and reports.</summary>
    public static EvaluationReport Evaluate(IEnumerable<LabelledItem> items, Classifier classifier, double minScore = 0.5, bool declareLanguage = true)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(classifier);
        items = items.Select(i => i.Label is null ? i : i with { Label = classifier.CanonicalLabel(i.Label) });
        return Compute(
            items.Where(i => i.Label is not null)
                .Select(i => (i, classifier.Classify(i.Title, i.Summary, declareLanguage ? i.Lang : null, i.Content, i.Published))),
            minScore);
    }

    public static EvaluationReport Compute(IEnumerable<(LabelledItem Item, ClassificationResult Result)> classified, double minScore = 0.5)
    {
        ArgumentNullException.ThrowIfNull(classified);
        var tally = new EvaluationTally(minScore);
        foreach (var (item, result) in classified)
        {
            if (item.Label is not null)
                tally.Add(item, item.Label, result);
        }

        return tally.ToReport();
    }
}
