namespace NewsWatch.Core.Classification.Text;

/// <summary>Splits text into words (letters and digits); apostrophes and hyphens separate words.</summary>
internal static class Tokenizer
{
    private const int MaxWordLength = 64;

    // A full stop inside "U.S." or "3.5" is followed by a letter or digit, not by a space; one
    // after a lone capital is an initial ("J. R. Okonkwo").
    private static bool EndsSentence(string text, int at) =>
        text[at] == '\n' || (text[at] is '.' or '!' or '?' && (at + 1 == text.Length || char.IsWhiteSpace(text[at + 1])) && !(text[at] == '.' && IsInitial(text, at - 1)));

    /// <summary>Whether the letter at <paramref name="at"/> is a lone capital, an initial when a full stop follows.</summary>
    public static bool IsInitial(string text, int at) =>
        at >= 0 && char.IsUpper(text[at]) && (at == 0 || !char.IsLetterOrDigit(text[at - 1])) && at + 2 < text.Length && text[at + 1] == '.' && text[at + 2] == ' ';

    // "xAI" and "iPhone" are names too, so any capital letter counts, not only the first.
    private static bool HasCapital(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsUpper(c))
                return true;
        }

        return false;
    }

    /// <summary>Appends the words of <paramref name="text"/> to <paramref name="tokens"/>.</summary>
    /// <param name="titleLength">Characters at the start of the text that belong to the title.</param>
    /// <param name="articleStart">Where the article body begins, past the title and lede; the text's length when there is none.</param>
    public static void Tokenize(string text, int titleLength, TokenFormCache forms, List<TextToken> tokens, int articleStart = int.MaxValue)
    {
        Span<char> lowered = stackalloc char[MaxWordLength];
        var i = 0;
        var sentence = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                if (EndsSentence(text, i))
                    sentence++;
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && char.IsLetterOrDigit(text[i]))
                i++;
            var word = text.AsSpan(start, Math.Min(i - start, MaxWordLength));
            var length = word.ToLowerInvariant(lowered);
            var token = new TextToken(start, i - start, forms.Get(lowered[..length]), HasCapital(word), start < titleLength, sentence) { InArticle = start >= articleStart };
            if (tokens.Count > 0 && ArtificialIntelligence.Acronym(text, tokens[^1], token) is { } acronym)
                tokens[^1] = tokens[^1] with { Length = token.End - tokens[^1].Start, Forms = forms.Get(acronym), IsCapitalised = tokens[^1].IsCapitalised || token.IsCapitalised };
            else
                tokens.Add(token);
        }
    }
}
