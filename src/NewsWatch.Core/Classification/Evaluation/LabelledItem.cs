namespace NewsWatch.Core.Classification.Evaluation;

/// <summary>One line of a labelled JSONL set (see ../shared/eval/LABELS.md); <see cref="Label"/> is null when unlabelled.</summary>
public sealed record LabelledItem(
    string Id,
    string Lang,
    string Title,
    string Summary,
    string? Link,
    string? Source,
    DateTimeOffset? Published,
    ItemLabel? Label)
{
    /// <summary>The full article, for items written in the form outlets publish; empty for headline-and-summary items.</summary>
    public string Content { get; init; } = string.Empty;

    /// <summary>Which real story the item reports, in sets labelled for story grouping; null elsewhere.</summary>
    public string? Story { get; init; }
}

/// <summary>What a person decided an item reports.</summary>
public sealed record ItemLabel(
    AlertEvent Event,
    IReadOnlyList<AlertEvent> Events,
    IReadOnlyList<string> Orgs,
    IReadOnlyList<string> People,
    IReadOnlyList<string> Teams);
