namespace NewsWatch.Core.Sources;

/// <summary>
/// How each engine is asked for news in one language: Google's and Bing's regional edition
/// and GDELT's English language name.
/// </summary>
/// <param name="Language">ISO 639-1 code, as NewsItem.Language holds it.</param>
/// <param name="Country">ISO 3166 country of the edition (Google's gl and ceid, Bing's cc).</param>
/// <param name="GoogleLocale">Google's hl: the interface locale the edition is written in.</param>
/// <param name="GoogleLanguage">The language half of Google's ceid, as Google's own edition links spell it.</param>
/// <param name="GdeltName">GDELT's sourcelang value.</param>
public sealed record SearchEdition(string Language, string Country, string GoogleLocale, string GoogleLanguage, string GdeltName)
{
    /// <summary>
    /// One edition a language. English is the US edition, the largest. Spanish is Spain's:
    /// it is the EU's, where the AI Act and Spain's AI supervisory agency make news. Portuguese
    /// is Brazil's (Google spells it pt-419 in ceid): Brazil publishes far more Portuguese news
    /// than Portugal and debates its own AI bill; a Portuguese outlet still shows up in it when
    /// it matches.
    /// </summary>
    public static IReadOnlyList<SearchEdition> All { get; } =
    [
        new("en", "US", "en-US", "en", "english"),
        new("fr", "FR", "fr", "fr", "french"),
        new("de", "DE", "de", "de", "german"),
        new("es", "ES", "es", "es", "spanish"),
        new("it", "IT", "it", "it", "italian"),
        new("pt", "BR", "pt-BR", "pt-419", "portuguese"),
        new("nl", "NL", "nl", "nl", "dutch"),
    ];

    /// <summary>The edition for an ISO 639-1 code (any case; "fr-CA" reads as "fr"), or null when unsupported.</summary>
    public static SearchEdition? For(string? language)
    {
        var code = Feeds.LanguageCode.Normalise(language);
        return All.FirstOrDefault(edition => edition.Language == code);
    }

    /// <summary>The edition GDELT's language name ("French", "portuguese") stands for, or null.</summary>
    public static SearchEdition? ForGdeltName(string? name) =>
        All.FirstOrDefault(edition => edition.GdeltName.Equals(name?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The supported codes, for an error that says what would work.</summary>
    public static string SupportedCodes => string.Join(", ", All.Select(edition => edition.Language));
}
