namespace NewsWatch.Core.Classification.Scoring;

/// <summary>The evidence of one item, reduced to the numbers the score is computed from.</summary>
/// <param name="EventStrength">The strongest event cue, about 0..1 (a summary cue counts a little less than a title cue).</param>
/// <param name="ScopeStrength">How clearly the item is about AI-safety work, about 0..1.5.</param>
/// <param name="ScopeNearEvent">The same, counting only scope cues in a sentence that has an event cue.</param>
/// <param name="LookalikeStrength">How clearly it is a look-alike (other safety, sport, launch, funding...), about 0..1.5.</param>
/// <param name="Events">The events reported, most severe first.</param>
/// <param name="EventInTitle">The title itself has an event cue told as news, not as background.</param>
/// <param name="TitleLookalike">The look-alike strength of the title alone, undiscounted, about 0..1.5.</param>
internal sealed record Signals(
    double EventStrength,
    double ScopeStrength,
    double ScopeNearEvent,
    double LookalikeStrength,
    IReadOnlyList<AlertEvent> Events,
    bool EventInTitle,
    double TitleLookalike);
