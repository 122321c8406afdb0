namespace NewsWatch.Core.Sources.Packs;

/// <summary>A pack read from a file, or every line that kept it from loading.</summary>
public sealed record QueryPackLoad(QueryPack? Pack, IReadOnlyList<PackLineError> Errors)
{
    public bool IsSuccess => Pack is not null;
}

/// <summary>Why one line of a pack file was refused.</summary>
public sealed record PackLineError(int Line, string Message)
{
    public override string ToString() => $"line {Line}: {Message}";
}
