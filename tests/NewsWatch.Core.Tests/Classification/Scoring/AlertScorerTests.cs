using NewsWatch.Core.Classification;
using NewsWatch.Core.Classification.Scoring;

namespace NewsWatch.Core.Tests.Classification.Scoring;

public class AlertScorerTests
{
    // A departure in the title (0.85 after nothing else), scope 1.2 of which 1.0 shares its
    // sentence, a mild summary look-alike, an arrival too, and a 0.7 look-alike in the title.
    private static readonly Signals Known = new(
        EventStrength: 0.85,
        ScopeStrength: 1.2,
        ScopeNearEvent: 1.0,
        LookalikeStrength: 0.3,
        Events: [AlertEvent.Departure, AlertEvent.Arrival],
        EventInTitle: true,
        TitleLookalike: 0.7);

    [Fact]
    public void Score_WithHandSetWeights_IsTheDocumentedFormula()
    {
        var expected = Sigmoid(-3.5 + (1.5 * 0.85) + (1.0 * 1.2) + (2.6 * 0.85 * 1.0) - (2.6 * 0.3));

        Assert.Equal(expected, AlertScorer.Score(Known, HandSetWeights.Weights), 12);
    }

    [Fact]
    public void Score_WithHandSetWeights_CapsScopeAndCountsDistantScopeAtHalf()
    {
        var distant = Known with { ScopeStrength = 2.0, ScopeNearEvent = 0 };

        // Scope is capped at 1.5; with none in the event's sentence, half of it counts with the event.
        var expected = Sigmoid(-3.5 + (1.5 * 0.85) + 1.5 + (2.6 * 0.85 * 0.75) - (2.6 * 0.3));
        Assert.Equal(expected, AlertScorer.Score(distant, HandSetWeights.Weights), 12);
    }

    [Fact]
    public void Score_WithLearnedWeights_ReproducesTheEmbeddedFilesFormula()
    {
        var file = EmbeddedWeightsFile.Rows();
        double W(string feature) => file[$"feature\t{feature}"];
        var expected = Sigmoid(
            file["bias"]
            + (W("event") * 0.85)
            + (W("scope") * 1.2)
            + (W("event-x-scope") * 0.85 * 1.0)
            + (W("lookalike") * 0.3)
            + (W("title-event") * 1)
            + (W("title-lookalike") * 0.7)
            + (W("event-kinds") * 2));

        Assert.Equal(expected, AlertScorer.Score(Known, LearnedWeights.Weights), 12);
    }

    [Theory]
    [InlineData(ScorerKind.HandSet)]
    [InlineData(ScorerKind.Learned)]
    public void Explain_TermContributions_SumToTheLogitOfTheScore(ScorerKind scorer)
    {
        var weights = scorer == ScorerKind.Learned ? LearnedWeights.Weights : HandSetWeights.Weights;

        var (score, terms) = AlertScorer.Explain(Known, weights);

        var logit = terms.Sum(t => t.Contribution);
        Assert.Equal(AlertScorer.Logit(AlertFeatures.Of(Known), weights), logit, 12);
        Assert.Equal(score, Sigmoid(logit), 12);
        Assert.Equal(AlertScorer.Score(Known, weights), score, 12);
    }

    [Fact]
    public void Explain_WithLearnedWeights_ListsTheBiasAndEveryWeightedFeatureWithItsValue()
    {
        var (_, terms) = AlertScorer.Explain(Known, LearnedWeights.Weights);

        var weighted = AlertFeatures.Names.Where(name => LearnedWeights.Weights.WeightOf(name) != 0);
        Assert.Equal(["bias", .. weighted], terms.Select(t => t.Feature));
        Assert.Equal(2, terms.Single(t => t.Feature == AlertFeatures.EventKinds).Value);
        Assert.Equal(0.85, terms.Single(t => t.Feature == AlertFeatures.EventTimesScope).Value, 12);
    }

    [Fact]
    public void Explain_WithHandSetWeights_LeavesOutTheFeaturesItDoesNotWeigh()
    {
        var (_, terms) = AlertScorer.Explain(Known, HandSetWeights.Weights);

        Assert.Equal(["bias", "event", "scope", "event-x-scope", "lookalike"], terms.Select(t => t.Feature));
    }

    private static double Sigmoid(double z) => 1 / (1 + Math.Exp(-z));
}
