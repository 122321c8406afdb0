namespace NewsWatch.Core.Classification;

/// <summary>A span of the classified text and why it counted.</summary>
/// <param name="Text">The matched text as written.</param>
/// <param name="Start">Offset of the span in the text that was classified (title, a newline, then summary).</param>
/// <param name="Kind">What the span is: an event cue, a scope cue, an organisation, a person, a team, a negative cue.</param>
/// <param name="Reason">A short human explanation, e.g. "departure verb (fr)".</param>
public sealed record Evidence(string Text, int Start, string Kind, string Reason);
