using NewsWatch.Core.Classification.Text;

namespace NewsWatch.Core.Classification.Entities;

/// <summary>
/// How AI start-ups name themselves: one capitalised word followed by "AI", "Labs" or "Lab"
/// ("Helix Labs", "Polder AI"). Such a name says the story is about AI even when no list knows it.
/// </summary>
internal static class StartupName
{
    private static readonly HashSet<string> Suffixes = new(StringComparer.Ordinal) { "AI", "Labs", "Lab" };

    /// <summary>Whether tokens <paramref name="suffix"/> - 1 and <paramref name="suffix"/> are such a name, written "Word Suffix".</summary>
    public static bool EndsAt(string text, List<TextToken> tokens, int suffix)
    {
        if (suffix < 1)
            return false;
        var name = tokens[suffix - 1];
        var end = tokens[suffix];
        return name.IsCapitalised && name.Sentence == end.Sentence && name.End + 1 == end.Start && text[name.End] == ' '
            && Suffixes.Contains(text.Substring(end.Start, end.Length));
    }

    public static bool AnyIn(string text, List<TextToken> tokens)
    {
        for (var i = 1; i < tokens.Count; i++)
        {
            if (EndsAt(text, tokens, i))
                return true;
        }

        return false;
    }
}
