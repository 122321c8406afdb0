using NewsWatch.Core.Classification.Evaluation;

namespace NewsWatch.Training;

/// <summary>Alert counts of one learner over held-out folds: each example is decided by a fit that never saw it.</summary>
internal sealed record CrossValidation(string Learner, BinaryMetrics Overall, IReadOnlyDictionary<string, BinaryMetrics> ByGroup)
{
    /// <param name="folds">The held-out fold of each example.</param>
    /// <param name="groupOf">What the per-group counts are keyed by (language, batch).</param>
    public static CrossValidation Run(Learner learner, IReadOnlyList<TrainingExample> examples, int[] folds, Func<TrainingExample, string> groupOf)
    {
        ArgumentNullException.ThrowIfNull(learner);
        ArgumentNullException.ThrowIfNull(examples);
        ArgumentNullException.ThrowIfNull(folds);
        ArgumentNullException.ThrowIfNull(groupOf);
        var overall = BinaryMetrics.Empty;
        var byGroup = new SortedDictionary<string, BinaryMetrics>(StringComparer.Ordinal);
        foreach (var fold in folds.Distinct().Order())
        {
            var training = examples.Where((_, i) => folds[i] != fold).ToList();
            var decide = learner.Fit(training);
            foreach (var example in examples.Where((_, i) => folds[i] == fold))
            {
                var isAlert = decide(example);
                overall = overall.Add(isAlert, example.IsAlert);
                var group = groupOf(example);
                byGroup[group] = byGroup.GetValueOrDefault(group, BinaryMetrics.Empty).Add(isAlert, example.IsAlert);
            }
        }

        return new CrossValidation(learner.Name, overall, byGroup);
    }
}
