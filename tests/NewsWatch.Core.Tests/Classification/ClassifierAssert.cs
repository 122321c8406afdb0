using NewsWatch.Core.Classification;

namespace NewsWatch.Core.Tests.Classification;

/// <summary>The two checks most classifier tests make: an item alerts with this event, or it raises no alert.</summary>
internal static class ClassifierAssert
{
    public static void AssertAlert(string language, string title, string summary, AlertEvent expected)
    {
        var result = SharedClassifier.Instance.Classify(title, summary, language);

        Assert.True(result.IsAlert(0.5), $"no alert ({result.Event} at {result.Score:0.00}) for '{title}'");
        Assert.Equal(expected, result.Event);
    }

    public static void AssertNoAlert(string language, string title, string summary)
    {
        var result = SharedClassifier.Instance.Classify(title, summary, language);

        Assert.False(result.IsAlert(0.5), $"alert {result.Event} at {result.Score:0.00} for '{title}'");
    }
}
