using Microsoft.Extensions.DependencyInjection;
using NewsWatch.Core.Classification;
using NewsWatch.Core.Classification.Scoring;

namespace NewsWatch.Core.Tests.Classification;

public class ClassificationServiceCollectionExtensionsTests
{
    [Fact]
    public void AddClassification_ResolvesOneSharedClassifier()
    {
        using var provider = new ServiceCollection().AddClassification().BuildServiceProvider();

        Assert.Same(provider.GetRequiredService<Classifier>(), provider.GetRequiredService<Classifier>());
    }

    [Fact]
    public void AddClassification_WithLearnedScorerConfigured_ScoresWithTheLearnedWeights()
    {
        var services = new ServiceCollection();
        services.AddOptions<ClassificationOptions>().Configure(o => o.Scorer = ScorerKind.Learned);
        using var provider = services.AddClassification().BuildServiceProvider();

        var result = provider.GetRequiredService<Classifier>().Classify("OpenAI's head of alignment resigns", string.Empty, "en");

        Assert.Equal(LearnedWeights.Weights.Bias, result.ScoreTerms.Single(t => t.Feature == "bias").Weight);
    }
}
