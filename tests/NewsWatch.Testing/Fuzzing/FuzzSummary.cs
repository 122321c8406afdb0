namespace NewsWatch.Testing.Fuzzing;

/// <summary>How a fuzz run ended: what it found, how far it got, and whether a parse that never finished cut it short.</summary>
/// <param name="Runaway">
/// A parse was given up on and is still running on its own thread: it cannot be stopped, and it
/// takes a core from every measurement after it, so the run ends there.
/// </param>
public sealed record FuzzSummary(IReadOnlyList<FuzzFinding> Findings, FuzzProgress Progress, bool Runaway);
