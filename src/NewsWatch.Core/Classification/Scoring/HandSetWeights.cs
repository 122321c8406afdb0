namespace NewsWatch.Core.Classification.Scoring;

/// <summary>
/// The weights set by hand, so that a clear event cue with a clear scope cue scores about 0.85,
/// either alone stays below 0.2, and one strong look-alike pulls a clear case under the default
/// threshold of 0.5. They use only the four original signals; the other features weigh 0.
/// </summary>
internal static class HandSetWeights
{
    public static AlertWeights Weights { get; } = AlertWeights.Named(
        bias: -3.5,
        new Dictionary<string, double>(StringComparer.Ordinal)
        {
            [AlertFeatures.Event] = 1.5,
            [AlertFeatures.Scope] = 1.0,
            // The interaction carries most of the weight: an alert needs both a change and AI-safety scope.
            [AlertFeatures.EventTimesScope] = 2.6,
            [AlertFeatures.Lookalike] = -2.6,
        }) with { Method = "hand-set" };
}
