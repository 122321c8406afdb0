using System.Globalization;
using NewsWatch.Core.Classification;
using NewsWatch.Core.Classification.Scoring;

namespace NewsWatch.Training;

/// <summary>
/// One training run: reads the labelled items, cross-validates the hand-set weights, the
/// logistic regression and boosted trees on the same held-out folds, fits the logistic
/// regression on every item and writes its weights for Core to embed.
/// </summary>
internal sealed class Trainer(TrainingSettings settings, TextWriter log, TimeProvider time)
{
    public const string Command = "dotnet run --project src/NewsWatch.Training -- --output src/NewsWatch.Core/Classification/Data/alert-weights.tsv";

    public AlertWeights Run(string dataDirectory, string output)
    {
        var set = TrainingSet.Load(dataDirectory, new Classifier());
        var examples = set.Examples;
        log.Write(string.Create(CultureInfo.InvariantCulture, $"""
            {examples.Count} labelled items in {set.FileCount} files ({set.Description}); {examples.Count(e => e.IsAlert)} labelled alerts;
            {examples.Count(e => e.HasEvent)} with an event cue (the only ones a score decides); {examples.Count(e => e.IsAlert && !e.HasEvent)} labelled alerts without one, missed by every scorer.


            """));
        var learners = new[] { Learner.HandSet, Learner.RefitHandSet(settings), Learner.Logistic(settings), Learner.Trees(settings) };

        var folds = Folds.Stratified(examples, settings.Folds, settings.Seed);
        var byLanguage = learners.Select(l => CrossValidation.Run(l, examples, folds, e => e.Language)).ToList();
        log.Write($"{settings.Folds}-fold cross-validation, folds stratified by language and label:\n\n{ComparisonTable.Of("language", byLanguage)}\n");

        var (batchFolds, batches) = Folds.ByBatch(examples);
        var byBatch = batches.Count < 2 ? [] : learners.Select(l => CrossValidation.Run(l, examples, batchFolds, e => e.Batch)).ToList();
        log.Write(byBatch.Count == 0
            ? "One batch only: no leave-one-batch-out.\n\n"
            : $"Leave-one-batch-out: each batch scored by weights fitted on the other batches:\n\n{ComparisonTable.Of("batch", byBatch)}\n");

        var fitted = LogisticFit.Fit(examples, settings) with { TrainingSet = set.Description };
        var weights = WeightsStamp.Apply(fitted, Previous(output), DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));
        Write(output, weights, Summary(byLanguage, byBatch));
        log.Write($"Weights fitted on all {examples.Count(e => e.HasEvent)} items with an event, version {weights.Version}, written to {output}:\n\n{WeightsTable(weights)}");
        return weights;
    }

    private string[] Summary(List<CrossValidation> byLanguage, List<CrossValidation> byBatch) =>
    [
        "Alert weights fitted by NewsWatch.Training: score = sigmoid(bias + sum of weight * feature),",
        "features as computed by Classification/Scoring/AlertFeatures.cs. Regenerate (deterministic):",
        $"  {Command}",
        string.Create(CultureInfo.InvariantCulture, $"Cross-validated alert F1, {settings.Folds} folds: {string.Join(", ", byLanguage.Select(r => $"{r.Learner} {r.Overall.F1:0.000}"))};"),
        byBatch.Count == 0
            ? "no leave-one-batch-out (one batch)."
            : string.Create(CultureInfo.InvariantCulture, $"leave-one-batch-out: {string.Join(", ", byBatch.Select(r => $"{r.Learner} {r.Overall.F1:0.000}"))}."),
    ];

    private static void Write(string output, AlertWeights weights, string[] comments)
    {
        using var writer = new StreamWriter(output);
        AlertWeightsFile.Write(writer, weights, comments);
    }

    /// <summary>The weights being replaced; a file whose features no longer match still hands on its version.</summary>
    private static AlertWeights? Previous(string output)
    {
        if (!File.Exists(output))
            return null;
        try
        {
            using var reader = new StreamReader(output);
            return AlertWeightsFile.Read(reader, output);
        }
        catch (InvalidDataException)
        {
            var version = File.ReadLines(output).Select(l => l.Split('\t')).FirstOrDefault(f => f is ["version", _]);
            return new AlertWeights(0, []) { Version = version is null ? 0 : int.Parse(version[1], CultureInfo.InvariantCulture) };
        }
    }

    private static string WeightsTable(AlertWeights learned)
    {
        var rows = AlertFeatures.Names.Select((name, i) => string.Create(CultureInfo.InvariantCulture, $"| {name} | {HandSetWeights.Weights.Weights[i]:0.###} | {learned.Weights[i]:0.###} |\n"));
        return string.Create(CultureInfo.InvariantCulture, $"| feature | hand-set | learned |\n| --- | --- | --- |\n| bias | {HandSetWeights.Weights.Bias:0.###} | {learned.Bias:0.###} |\n{string.Concat(rows)}");
    }
}
