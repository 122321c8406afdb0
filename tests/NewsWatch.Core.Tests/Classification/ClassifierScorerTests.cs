using NewsWatch.Core.Classification;
using NewsWatch.Core.Classification.Scoring;

namespace NewsWatch.Core.Tests.Classification;

public class ClassifierScorerTests
{
    private const string Title = "Anthropic dissolves its AI safety team after the departure of its leader";

    [Fact]
    public void Classify_ByDefault_ScoresWithTheHandSetWeights()
    {
        var result = SharedClassifier.Instance.Classify(Title, string.Empty, "en");

        Assert.Equal(-3.5, result.ScoreTerms.Single(t => t.Feature == "bias").Weight);
        Assert.True(result.IsAlert(0.5), $"score {result.Score}");
    }

    [Fact]
    public void Classify_WithLearnedScorer_ExplainsItsScoreWithTheEmbeddedWeights()
    {
        var result = SharedClassifier.Learned.Classify(Title, string.Empty, "en");

        Assert.Equal(LearnedWeights.Weights.Bias, result.ScoreTerms.Single(t => t.Feature == "bias").Weight);
        Assert.All(result.ScoreTerms.Where(t => t.Feature != "bias"), t => Assert.Equal(LearnedWeights.Weights.WeightOf(t.Feature), t.Weight));
        Assert.Equal(result.Score, 1 / (1 + Math.Exp(-result.ScoreTerms.Sum(t => t.Contribution))), 12);
        Assert.True(result.IsAlert(0.5), $"score {result.Score}");
    }

    [Fact]
    public void Classify_WithEitherScorer_KeepsTheSameEventsAndEvidence()
    {
        var handSet = SharedClassifier.Instance.Classify(Title, "The team's leader quit last week.", "en");
        var learned = SharedClassifier.Learned.Classify(Title, "The team's leader quit last week.", "en");

        Assert.Equal(handSet.Events, learned.Events);
        Assert.Equal(handSet.Evidence, learned.Evidence);
        Assert.NotEqual(handSet.Score, learned.Score);
    }
}
