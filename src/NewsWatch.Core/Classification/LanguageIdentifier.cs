using System.Collections.Frozen;
using Lingua;
using NewsWatch.Core.Feeds;

namespace NewsWatch.Core.Classification;

/// <summary>
/// Picks the language to read an item in: the declared one when it is supported, else Lingua's
/// guess among the supported languages only (fewer candidates are both faster and more accurate).
/// </summary>
internal sealed class LanguageIdentifier
{
    // Lingua's accuracy stops improving long before a summary ends; the first few hundred
    // characters keep detection cost bounded on long summaries.
    private const int MaxCharactersToDetect = 300;

    private static readonly FrozenDictionary<Language, string> Codes = new Dictionary<Language, string>
    {
        [Language.English] = "en",
        [Language.French] = "fr",
        [Language.German] = "de",
        [Language.Spanish] = "es",
        [Language.Italian] = "it",
        [Language.Portuguese] = "pt",
        [Language.Dutch] = "nl",
    }.ToFrozenDictionary();

    private readonly LanguageDetector _detector = LanguageDetectorBuilder
        .FromLanguages([.. Codes.Keys])
        .WithLowAccuracyMode()
        .WithPreloadedLanguageModels()
        .Build();

    /// <summary>The item's language code, and whether it was detected rather than declared.</summary>
    public (string Code, bool Detected) Identify(string text, string? declared)
    {
        var hint = LanguageCode.Normalise(declared);
        if (SupportedLanguages.IsSupported(hint))
            return (hint!, false);
        var sample = text.Length > MaxCharactersToDetect ? text[..MaxCharactersToDetect] : text;
        var guess = _detector.DetectLanguageOf(sample);
        return (Codes.TryGetValue(guess, out var code) ? code : "en", true);
    }
}
