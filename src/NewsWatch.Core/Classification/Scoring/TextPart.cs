namespace NewsWatch.Core.Classification.Scoring;

/// <summary>Where in an item a cue stands, in the order the item states its news.</summary>
internal enum TextPart
{
    Title,

    /// <summary>The summary, or the first paragraph of an article that has none.</summary>
    Lede,

    /// <summary>The article body past its lede.</summary>
    Article,
}
