using System.Text;

namespace NewsWatch.Core.Classification.Text;

/// <summary>
/// A comparison key for names: lower case, accents folded, "&amp;" read as "and", every run of
/// other punctuation one space, padded with spaces so that containment means whole words;
/// "artificial intelligence" spelt out reads as its acronym, as in text.
/// </summary>
internal static class NameKey
{
    public static string Of(string name)
    {
        var folded = AccentFolding.Fold(name.ToLowerInvariant());
        var builder = new StringBuilder(folded.Length + 8).Append(' ');
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c))
                builder.Append(c);
            else if (c == '&')
                builder.Append(builder[^1] == ' ' ? "and " : " and ");
            else if (builder[^1] != ' ')
                builder.Append(' ');
        }

        if (builder[^1] != ' ')
            builder.Append(' ');
        return ArtificialIntelligence.InKey(builder.ToString());
    }

    /// <summary>Whether two keys name the same thing: one contains the other as whole words.</summary>
    public static bool IsSameName(string a, string b) =>
        a.Length > 3 && b.Length > 3 && (a.Contains(b, StringComparison.Ordinal) || b.Contains(a, StringComparison.Ordinal));
}
