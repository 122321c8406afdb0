namespace NewsWatch.Core.Tests.Feeds;

/// <summary>Finds test fixtures in the source tree (next to NewsWatch.sln), so they need no copying to the output folder.</summary>
internal static class FixtureFiles
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string Folder => Path.Combine(RepositoryRoot, "tests", "NewsWatch.Core.Tests", "Feeds", "Fixtures");

    public static string PathOf(string name) => Path.Combine(Folder, name);

    public static byte[] Bytes(string name) => File.ReadAllBytes(PathOf(name));

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
