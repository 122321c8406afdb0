namespace NewsWatch.Testing.Fuzzing;

/// <summary>One invariant an input broke, with the numbers that show it.</summary>
public sealed record InvariantViolation(string Invariant, string Detail)
{
    public override string ToString() => $"{Invariant}: {Detail}";
}
