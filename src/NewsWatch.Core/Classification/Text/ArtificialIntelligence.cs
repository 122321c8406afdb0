namespace NewsWatch.Core.Classification.Text;

/// <summary>
/// "Artificial intelligence" spelt out is read as the acronym each language writes ("IA", "KI",
/// "AI"), so that every phrase written with the acronym ("évaluation de l'IA", "Sicherheit der
/// KI") also matches the text that spells it out ("évaluation de l'intelligence artificielle").
/// Phrases and names are read the same way, so a phrase written out matches both spellings too.
/// </summary>
internal static class ArtificialIntelligence
{
    // Folded, lower-case: the first word, the second, and the acronym they read as.
    private static readonly (string First, string Second, string Acronym)[] SpeltOut =
    [
        ("artificial", "intelligence", "ai"),
        ("intelligence", "artificielle", "ia"),
        ("inteligencia", "artificial", "ia"),
        ("intelligenza", "artificiale", "ia"),
        ("kunstliche", "intelligenz", "ki"),
        ("kunstlichen", "intelligenz", "ki"),
        ("kunstlicher", "intelligenz", "ki"),
        ("kunstmatige", "intelligentie", "ai"),
    ];

    /// <summary>The acronym two neighbouring words spell out, one space apart in one sentence; else null.</summary>
    public static string? Acronym(string text, TextToken first, TextToken second) =>
        first.Sentence == second.Sentence && second.Start == first.End + 1 && text[first.End] == ' '
            ? AcronymOf(first.Forms.Surface, second.Forms.Surface)
            : null;

    /// <summary>The acronym two words spell out, given folded and in lower case; else null.</summary>
    public static string? AcronymOf(string first, string second)
    {
        foreach (var (one, two, acronym) in SpeltOut)
        {
            if (first == one && second == two)
                return acronym;
        }

        return null;
    }

    /// <summary>A phrase's words with "artificial intelligence" spelt out read as its acronym, as text is read.</summary>
    public static List<string> InPhrase(IEnumerable<string> words)
    {
        var read = new List<string>();
        foreach (var word in words)
        {
            if (read.Count > 0 && AcronymOf(Folded(read[^1]), Folded(word)) is { } acronym)
                read[^1] = acronym;
            else
                read.Add(word);
        }

        return read;
    }

    /// <summary>A name key (see <see cref="NameKey"/>) with "artificial intelligence" spelt out read as its acronym.</summary>
    public static string InKey(string key)
    {
        foreach (var (one, two, acronym) in SpeltOut)
        {
            if (key.Contains(two, StringComparison.Ordinal))
                key = key.Replace($" {one} {two} ", $" {acronym} ", StringComparison.Ordinal);
        }

        return key;
    }

    private static string Folded(string word) => AccentFolding.Fold(word.ToLowerInvariant());
}
