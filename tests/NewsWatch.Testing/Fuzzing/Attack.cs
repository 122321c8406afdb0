namespace NewsWatch.Testing.Fuzzing;

/// <summary>
/// One named way a hostile publisher can try to stall or bloat the parser, generated at any size.
/// </summary>
/// <param name="Name">A short name for tables and test cases.</param>
/// <param name="Generate">The body of about the requested number of bytes.</param>
/// <param name="MustNotAppear">Text that would only reach the parsed items if an entity was expanded.</param>
public sealed record Attack(string Name, string Description, Func<int, byte[]> Generate, string? MustNotAppear = null)
{
    public override string ToString() => Name;
}
