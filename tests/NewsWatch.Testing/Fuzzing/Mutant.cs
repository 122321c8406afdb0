namespace NewsWatch.Testing.Fuzzing;

/// <summary>A mutated body and how it was made (the seed it started from and each mutation), for reports.</summary>
public sealed record Mutant(byte[] Body, string Recipe);
