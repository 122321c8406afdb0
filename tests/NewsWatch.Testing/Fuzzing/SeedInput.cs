namespace NewsWatch.Testing.Fuzzing;

/// <summary>A real feed (or near-feed) the mutator starts from, named for the progress report.</summary>
public sealed record SeedInput(string Name, byte[] Bytes)
{
    /// <summary>Every file in <paramref name="folder"/> except notes and expected outputs (*.md, *.golden.txt).</summary>
    public static IReadOnlyList<SeedInput> FromFolder(string folder) =>
        Directory.EnumerateFiles(folder)
            .Where(file => !file.EndsWith(".md", StringComparison.OrdinalIgnoreCase) && !file.EndsWith(".golden.txt", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .Select(file => new SeedInput(Path.GetFileName(file), File.ReadAllBytes(file)))
            .ToList();

    public override string ToString() => $"{Name} ({Bytes.Length} bytes)";
}
