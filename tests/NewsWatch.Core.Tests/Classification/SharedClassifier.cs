using NewsWatch.Core.Classification;

namespace NewsWatch.Core.Tests.Classification;

/// <summary>One classifier for all tests: it loads language models and lexicons once, as the app's singleton does.</summary>
internal static class SharedClassifier
{
    private static readonly Lazy<Classifier> LearnedInstance = new(() => new Classifier(ScorerKind.Learned));

    public static Classifier Instance { get; } = new();

    /// <summary>The same classifier scoring with the learned weights, made on first use.</summary>
    public static Classifier Learned => LearnedInstance.Value;
}
