using NewsWatch.Core.Classification;

namespace NewsWatch.Core.Alerts;

/// <summary>An open story a report might belong to, as the story index knows it.</summary>
/// <param name="AlertId">The story's alert.</param>
/// <param name="StoryTime">When the story's first report was published.</param>
/// <param name="Events">Every event the story's reports have told.</param>
/// <param name="Anchors">The specifics its reports named (see <see cref="ContentAnchors"/>).</param>
/// <param name="SharedKeys">The report's people, teams and organisations this story is filed under too.</param>
public sealed record StoryCandidate(
    string AlertId,
    DateTimeOffset StoryTime,
    IReadOnlyList<AlertEvent> Events,
    IReadOnlySet<string> Anchors,
    IReadOnlyList<StoryKey> SharedKeys)
{
    /// <summary>
    /// Every key the story is filed under, when the index knows them (stories filed before it
    /// kept them do not): whom the story is about, and where a joining report refiles it.
    /// </summary>
    public IReadOnlyList<StoryKey> Keys { get; init; } = [];
}
