namespace NewsWatch.Core.Feeds;

/// <summary>Reduces declared languages ("fr-FR", "de_AT", "EN") to their ISO 639-1 code.</summary>
public static class LanguageCode
{
    public static string? Normalise(string? declared)
    {
        if (string.IsNullOrWhiteSpace(declared))
            return null;
        var primary = declared.Trim().Split('-', '_')[0].ToLowerInvariant();
        return primary.Length == 2 && primary.All(char.IsAsciiLetterLower) ? primary : null;
    }
}
