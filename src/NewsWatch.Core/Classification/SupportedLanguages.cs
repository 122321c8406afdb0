namespace NewsWatch.Core.Classification;

/// <summary>The languages the classifier has lexicons and stemmers for.</summary>
public static class SupportedLanguages
{
    public static IReadOnlyList<string> All { get; } = ["en", "fr", "de", "es", "it", "pt", "nl"];

    public static bool IsSupported(string? code) => code is not null && All.Contains(code);
}
