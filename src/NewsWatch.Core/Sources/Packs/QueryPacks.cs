namespace NewsWatch.Core.Sources.Packs;

/// <summary>The packs that ship inside NewsWatch.Core, from Sources/Packs/*.tsv.</summary>
public static class QueryPacks
{
    private const string ResourcePrefix = "NewsWatch.Sources.Packs.";

    private static readonly Lazy<IReadOnlyList<QueryPack>> Packs = new(LoadBuiltIn);

    public static IReadOnlyList<QueryPack> BuiltIn => Packs.Value;

    public static IReadOnlyList<string> Names => [.. BuiltIn.Select(p => p.Name)];

    /// <summary>The built-in pack with this name, ignoring case; null when there is none.</summary>
    public static QueryPack? Find(string name) =>
        BuiltIn.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));

    private static IReadOnlyList<QueryPack> LoadBuiltIn()
    {
        var assembly = typeof(QueryPacks).Assembly;
        return [.. assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".tsv", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => LoadResource(assembly, n))];
    }

    // A shipped pack that does not load is a bug in the data, caught by the tests, not a user's error.
    private static QueryPack LoadResource(System.Reflection.Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidDataException($"Missing embedded query pack {resource}.");
        using var reader = new StreamReader(stream);
        var result = QueryPackReader.Read(reader, resource[ResourcePrefix.Length..^4]);
        return result.Pack ?? throw new InvalidDataException($"Built-in query pack {resource}: {string.Join("; ", result.Errors)}");
    }
}
