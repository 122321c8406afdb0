namespace NewsWatch.Core.Classification.Text;

/// <summary>One word of the classified text, with where it is and its normalised forms.</summary>
/// <param name="Start">Offset in the classified text.</param>
/// <param name="Length">Length in the classified text.</param>
/// <param name="Forms">Shared, cached normalised forms: never allocated per item once seen.</param>
/// <param name="IsCapitalised">Whether the word has an upper-case letter ("Leike", "xAI"), a hint for names.</param>
/// <param name="InTitle">Whether the word is in the title rather than the summary.</param>
/// <param name="Sentence">Which sentence the word is in, counting from 0 (the title is one sentence).</param>
internal readonly record struct TextToken(int Start, int Length, TokenForms Forms, bool IsCapitalised, bool InTitle, int Sentence)
{
    /// <summary>Whether the word is in the article body, past the title and its lede (the summary or first paragraph).</summary>
    public bool InArticle { get; init; }

    public int End => Start + Length;
}
