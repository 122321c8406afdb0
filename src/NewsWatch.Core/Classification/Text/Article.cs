namespace NewsWatch.Core.Classification.Text;

/// <summary>
/// "The Ardmore Institute", "El Centro Nacional ...", "A Orvalho contratou ...": the articles of
/// the seven languages, folded, which stand before a name and are no part of it.
/// </summary>
internal static class Article
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "le", "la", "les", "l", "un", "une", "der", "die", "das", "dem", "den", "ein", "eine", "el", "los", "las", "il", "lo", "gli",
        "o", "os", "as", "um", "uma", "het", "een", "de",
    };

    public static bool Is(TextToken token) => Words.Contains(token.Forms.Surface);
}
