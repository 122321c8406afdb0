using System.Collections.Frozen;
using Lingua;
using NewsWatch.Core.Feeds;

namespace NewsWatch.Core.Classification;

/// <summary>
/// Picks the language to read an item in: the declared one when it is supported, else the one its
/// function words leave no doubt about, else Lingua's guess among the supported languages only
/// (fewer candidates are both faster and more accurate).
/// </summary>
internal sealed class LanguageIdentifier
{
    // Detection costs about 50 us plus 0.7 us a character, while accuracy stops improving
    // early: on the 409 labelled items, 100 characters (a title and the start of its summary)
    // find the right language for 408, the whole text for 409, 60 characters for 392.
    private const int MaxCharactersToDetect = 100;

    // Fewer lower-case words than this are too few to go on; the whole text is read then.
    private const int MinLowerCaseWords = 3;

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
        if (FunctionWordVote.Decide(text) is { } decided)
            return (decided, true);
        var guess = _detector.DetectLanguageOf(Sample(text));
        return (Codes.TryGetValue(guess, out var code) ? code : "en", true);
    }

    /// <summary>
    /// The words that say which language a text is in. Names and English loan terms ("AI Safety
    /// Institute", "Superalignment") are capitalised and say nothing about it, so where enough
    /// lower-case words remain ("rebaptise son ... en"), only those are read.
    /// </summary>
    private static string Sample(string text)
    {
        var head = text.Length <= 3 * MaxCharactersToDetect ? text : text[..(3 * MaxCharactersToDetect)];
        var words = head.Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries);
        var lowerCase = string.Join(' ', words.Where(w => !w.Any(char.IsUpper) && w.Any(char.IsLetter)));
        if (lowerCase.Count(c => c == ' ') < MinLowerCaseWords - 1)
            lowerCase = text;
        return lowerCase.Length <= MaxCharactersToDetect ? lowerCase : lowerCase[..CutAtWord(lowerCase)];
    }

    // A half word would be scored as a strange word; end the sample at the last space instead.
    private static int CutAtWord(string text)
    {
        var space = text.LastIndexOf(' ', MaxCharactersToDetect);
        return space > MaxCharactersToDetect / 2 ? space : MaxCharactersToDetect;
    }
}
