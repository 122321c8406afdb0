namespace NewsWatch.Testing.Fuzzing;

/// <summary>An input that broke an invariant: how it was made, what it broke, where it was saved.</summary>
public sealed record FuzzFinding(string Recipe, FuzzVerdict Verdict, string? SavedAs)
{
    public override string ToString() => $"{Path.GetFileName(SavedAs) ?? "(not saved)"} from {Recipe}: {Verdict}";
}
