using NewsWatch.Core.Tests.Feeds;

namespace NewsWatch.Core.Tests.Sources;

/// <summary>The invented search answers in Sources/Fixtures, read in place from the source tree.</summary>
internal static class SourceFixtures
{
    public static byte[] Bytes(string name) =>
        File.ReadAllBytes(Path.Combine(FixtureFiles.RepositoryRoot, "tests", "NewsWatch.Core.Tests", "Sources", "Fixtures", name));
}
