namespace NewsWatch.Testing.Fuzzing;

/// <summary>
/// Where fuzzing reads its seeds and keeps its findings, found from the repository root (the
/// folder holding NewsWatch.sln above the running assembly), so nothing is copied around.
/// </summary>
public static class FuzzFolders
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>The parser's golden-file fixtures: small, always present.</summary>
    public static string Fixtures => Path.Combine(RepositoryRoot, "tests", "NewsWatch.Core.Tests", "Feeds", "Fixtures");

    /// <summary>The inputs the tests replay; the fuzz harness adds what it finds here.</summary>
    public static string Regressions => Path.Combine(RepositoryRoot, "tests", "NewsWatch.Core.Tests", "Feeds", "Fuzzing", "Regressions");

    /// <summary>The shared corpus of real-world feeds beside the repository (../shared/corpus/feeds), or null where it is absent.</summary>
    public static string? Corpus { get; } = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "corpus", "feeds")) is var corpus && Directory.Exists(corpus) ? corpus : null;

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "NewsWatch.sln")))
                return directory.FullName;
        }

        throw new InvalidOperationException($"No NewsWatch.sln above {AppContext.BaseDirectory}.");
    }
}
