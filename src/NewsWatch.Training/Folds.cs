namespace NewsWatch.Training;

/// <summary>Assigns each example a held-out fold, deterministically for a given seed.</summary>
internal static class Folds
{
    /// <summary>
    /// k folds stratified by language and label: each language's alerts and non-alerts are
    /// shuffled and dealt in turn, so every fold holds about 1/k of each language's alerts.
    /// </summary>
    public static int[] Stratified(IReadOnlyList<TrainingExample> examples, int k, int seed)
    {
        ArgumentNullException.ThrowIfNull(examples);
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 2);
        var folds = new int[examples.Count];
        var random = new Random(seed);
        var next = 0;
        var strata = Enumerable.Range(0, examples.Count)
            .GroupBy(i => (examples[i].Language, examples[i].IsAlert))
            .OrderBy(g => g.Key.Language, StringComparer.Ordinal)
            .ThenBy(g => g.Key.IsAlert);
        foreach (var stratum in strata)
        {
            var members = stratum.ToArray();
            random.Shuffle(members);
            // Dealing continues where the last stratum stopped, so no fold collects every remainder.
            foreach (var index in members)
                folds[index] = next++ % k;
        }

        return folds;
    }

    /// <summary>One fold per labelled batch, numbered in the order of <c>Batches</c>: each batch is scored by weights fitted on the others only.</summary>
    public static (int[] Folds, IReadOnlyList<string> Batches) ByBatch(IReadOnlyList<TrainingExample> examples)
    {
        ArgumentNullException.ThrowIfNull(examples);
        var names = examples.Select(e => e.Batch).Distinct().Order(StringComparer.Ordinal).ToList();
        return ([.. examples.Select(e => names.IndexOf(e.Batch))], names);
    }
}
