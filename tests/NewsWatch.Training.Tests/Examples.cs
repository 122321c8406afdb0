using NewsWatch.Core.Classification.Scoring;
using NewsWatch.Training;

namespace NewsWatch.Training.Tests;

/// <summary>A tiny, fixed training set: alerts have an event with scope, non-alerts lack scope or carry a look-alike.</summary>
internal static class Examples
{
    public static List<TrainingExample> Tiny()
    {
        var examples = new List<TrainingExample>();
        string[] languages = ["en", "fr"];
        for (var i = 0; i < 24; i++)
        {
            var language = languages[i % 2];
            var step = (i / 4) * 0.05;
            var (isAlert, features) = (i % 4) switch
            {
                0 => (true, Features(0.9 - step, 1.0, 0.9, 0, 1, 0, 1)),
                1 => (true, Features(0.7, 1.2 - step, 0.6, 0.3, 0, 0, 2)),
                2 => (false, Features(0.9 - step, 0.1, 0.05, 0, 1, 0, 1)),
                _ => (false, Features(0.8, 1.0, 0.8, 1.5 - step, 1, 1.5 - step, 1)),
            };
            examples.Add(new TrainingExample($"t-{i}", language, i < 12 ? "fixtures" : "probe2", isAlert, HasEvent: true, features));
        }

        return examples;
    }

    public static double[] Features(double eventStrength, double scope, double eventTimesScope, double lookalike, double titleEvent, double titleLookalike, double eventKinds)
    {
        double[] features = [eventStrength, scope, eventTimesScope, lookalike, titleEvent, titleLookalike, eventKinds];
        Assert.Equal(AlertFeatures.Names.Count, features.Length);
        return features;
    }
}
