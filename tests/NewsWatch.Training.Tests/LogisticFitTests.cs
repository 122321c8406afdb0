using NewsWatch.Core.Classification.Scoring;
using NewsWatch.Training;

namespace NewsWatch.Training.Tests;

public class LogisticFitTests
{
    private static readonly TrainingSettings Settings = new();

    [Fact]
    public void Fit_OnATinyFixedSet_GivesTheSameWeightsEveryTime()
    {
        var first = LogisticFit.Fit(Examples.Tiny(), Settings);
        var second = LogisticFit.Fit(Examples.Tiny(), Settings);

        Assert.Equal(first.Bias, second.Bias);
        Assert.Equal(first.Weights, second.Weights);
        Assert.Equal("ML.NET L-BFGS logistic regression, L2 1, seed 1", first.Method);
    }

    [Fact]
    public void Fit_OnATinyFixedSet_WeighsScopeWithTheEventUpAndLookalikesDown()
    {
        var weights = LogisticFit.Fit(Examples.Tiny(), Settings);

        Assert.True(weights.WeightOf(AlertFeatures.EventTimesScope) > 0, $"event-x-scope {weights.WeightOf(AlertFeatures.EventTimesScope)}");
        Assert.True(weights.WeightOf(AlertFeatures.Lookalike) < 0, $"lookalike {weights.WeightOf(AlertFeatures.Lookalike)}");
        Assert.All(Examples.Tiny(), e => Assert.Equal(e.IsAlert, Learner.IsAlert(e, weights)));
    }

    [Fact]
    public void Fit_RoundsWeightsToFourDecimals_SoTheFileHoldsExactlyWhatWasEvaluated()
    {
        var weights = LogisticFit.Fit(Examples.Tiny(), Settings);

        Assert.All(weights.Weights.Append(weights.Bias), w => Assert.Equal(Math.Round(w, 4), w));
    }

    [Fact]
    public void Fit_IgnoresItemsWithoutAnEvent_WhoseScoreDecidesNothing()
    {
        var withoutEvents = Examples.Tiny()
            .Concat(Examples.Tiny().Select(e => e with { Id = e.Id + "-noevent", HasEvent = false, IsAlert = !e.IsAlert }))
            .ToList();

        Assert.Equal(LogisticFit.Fit(Examples.Tiny(), Settings).Weights, LogisticFit.Fit(withoutEvents, Settings).Weights);
    }
}
