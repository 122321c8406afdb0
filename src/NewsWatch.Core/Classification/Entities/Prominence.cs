namespace NewsWatch.Core.Classification.Entities;

/// <summary>How prominently an item names something, most prominent first.</summary>
internal enum Prominence
{
    Title,

    /// <summary>The summary, or an article's first paragraph.</summary>
    Lede,

    /// <summary>A sentence of the article body that reports a change.</summary>
    NewsSentence,

    /// <summary>Anywhere else in the article body: background, quotes, asides.</summary>
    Aside,
}
