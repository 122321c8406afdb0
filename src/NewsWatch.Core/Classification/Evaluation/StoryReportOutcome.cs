using NewsWatch.Core.Alerts;

namespace NewsWatch.Core.Classification.Evaluation;

/// <summary>Where one labelled report went: the story it belongs to, the story it was grouped into (null: it raised no alert), and the event, keys and anchors it was grouped by.</summary>
public sealed record StoryReportOutcome(string Id, string Labelled, string? Grouped, AlertEvent Event, IReadOnlyList<StoryKey> Keys)
{
    /// <summary>The specifics a weak join compares (see <see cref="ContentAnchors"/>).</summary>
    public IReadOnlySet<string> Anchors { get; init; } = new HashSet<string>();
}
