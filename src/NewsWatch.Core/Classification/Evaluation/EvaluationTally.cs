namespace NewsWatch.Core.Classification.Evaluation;

/// <summary>Accumulates the counts behind an <see cref="EvaluationReport"/>, one item at a time.</summary>
internal sealed class EvaluationTally(double minScore)
{
    private readonly Dictionary<string, BinaryMetrics> _byLanguage = new(StringComparer.Ordinal);
    private readonly Dictionary<AlertEvent, BinaryMetrics> _byEvent = Enum.GetValues<AlertEvent>()
        .Where(e => e != AlertEvent.None)
        .ToDictionary(e => e, _ => BinaryMetrics.Empty);

    private readonly ConfusionMatrix _confusion = new();
    private readonly List<Misclassification> _misclassified = [];
    private BinaryMetrics _alerts = BinaryMetrics.Empty;
    private BinaryMetrics _orgs = BinaryMetrics.Empty;
    private BinaryMetrics _people = BinaryMetrics.Empty;
    private BinaryMetrics _teams = BinaryMetrics.Empty;
    private int _labelledAlerts;
    private int _rightEvents;

    public void Add(LabelledItem item, ItemLabel label, ClassificationResult result)
    {
        var isAlert = result.IsAlert(minScore);
        var predicted = isAlert ? result.Event : AlertEvent.None;
        var actual = label.Event != AlertEvent.None;
        _alerts = _alerts.Add(isAlert, actual);
        _byLanguage[item.Lang] = _byLanguage.GetValueOrDefault(item.Lang, BinaryMetrics.Empty).Add(isAlert, actual);
        foreach (var e in _byEvent.Keys)
            _byEvent[e] = _byEvent[e].Add(predicted == e, label.Event == e);
        if (actual)
        {
            _labelledAlerts++;
            _rightEvents += predicted == label.Event ? 1 : 0;
        }

        _orgs = _orgs.Add(EntityMatcher.Compare(isAlert ? result.Orgs : [], label.Orgs));
        _people = _people.Add(EntityMatcher.Compare(isAlert ? result.People : [], label.People));
        _teams = _teams.Add(EntityMatcher.Compare(isAlert ? result.Teams : [], label.Teams));
        _confusion.Add(label.Event, predicted);
        if (predicted != label.Event)
            _misclassified.Add(new Misclassification(item.Id, item.Lang, item.Title, label.Event, predicted, result.Score, result.Evidence));
    }

    public EvaluationReport ToReport() => new(
        minScore,
        _alerts,
        _byLanguage,
        _byEvent,
        _labelledAlerts == 0 ? 1.0 : (double)_rightEvents / _labelledAlerts,
        _orgs,
        _people,
        _teams,
        _confusion,
        _misclassified);
}
