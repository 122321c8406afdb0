using NewsWatch.Core.Feeds;

namespace NewsWatch.Functions.Http;

/// <summary>Language fields as the API takes them: a two-letter ISO 639-1 code in any case ("en", "FR").</summary>
public static class LanguageField
{
    /// <summary>The code in lower case; null when absent, or when wrong with the error recorded under <paramref name="field"/>.</summary>
    public static string? Parse(string? code, string field, FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (code is null)
            return null;
        if (code.Trim().Length == 2 && LanguageCode.Normalise(code) is { } language)
            return language;
        errors.Add(field, $"'{code}' is not a two-letter language code such as en or fr.");
        return null;
    }
}
