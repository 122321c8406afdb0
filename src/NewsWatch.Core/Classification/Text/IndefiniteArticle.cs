namespace NewsWatch.Core.Classification.Text;

/// <summary>
/// "crea una agencia para ...", "un nouvel institut", "eine neue Prüfstelle für ...": a body the
/// text introduces as one of its kind has no name yet.
/// </summary>
internal static class IndefiniteArticle
{
    // Folded, in the seven languages ("a" and "o" are left out: they are also articles and prepositions).
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "an", "un", "une", "una", "uno", "um", "uma", "een", "ein", "eine", "einen", "einem", "einer", "eines",
    };

    // "eine neue Prüfstelle": one word may stand between the article and the noun.
    private const int Reach = 2;

    public static bool Is(TextToken token) => Words.Contains(token.Forms.Surface);

    /// <summary>Whether an indefinite article stands right before the word at <paramref name="at"/>, or one word before it, in its sentence.</summary>
    public static bool Precedes(List<TextToken> tokens, int at)
    {
        for (var t = at - 1; t >= 0 && at - t <= Reach && tokens[t].Sentence == tokens[at].Sentence; t--)
        {
            if (Is(tokens[t]))
                return true;
        }

        return false;
    }
}
