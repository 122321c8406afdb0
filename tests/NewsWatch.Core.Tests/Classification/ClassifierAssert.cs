using NewsWatch.Core.Classification;

namespace NewsWatch.Core.Tests.Classification;

/// <summary>
/// The checks most classifier tests make: an item alerts with this event, or it raises no alert;
/// a headline names this person or company, or only these companies; a look-alike is read or not.
/// </summary>
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

    public static void AssertNamesPerson(string language, string title, string person) =>
        Assert.Contains(person, SharedClassifier.Instance.Classify(title, string.Empty, language).People);

    public static void AssertNamesOrg(string language, string title, string org) =>
        Assert.Contains(org, SharedClassifier.Instance.Classify(title, string.Empty, language).Orgs);

    public static void AssertNamesOnlyOrgs(string language, string title, string summary, params string[] orgs) =>
        Assert.Equal(orgs, SharedClassifier.Instance.Classify(title, summary, language).Orgs);

    /// <summary>Whether the item's evidence holds a look-alike of this label ("launch", "law", ...).</summary>
    public static bool ReadsLookalike(ClassificationResult result, string label) =>
        result.Evidence.Any(e => e.Reason.StartsWith($"look-alike: {label}", StringComparison.Ordinal));
}
