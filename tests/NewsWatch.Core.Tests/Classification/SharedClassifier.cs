using NewsWatch.Core.Classification;

namespace NewsWatch.Core.Tests.Classification;

/// <summary>One classifier for all tests: it loads language models and lexicons once, as the app's singleton does.</summary>
internal static class SharedClassifier
{
    public static Classifier Instance { get; } = new();
}
