using NewsWatch.Core.Feeds;
using NewsWatch.Testing.Fuzzing;

namespace NewsWatch.Core.Tests.Feeds.Fuzzing;

/// <summary>What makes the fuzzing's findings and ratios trustworthy: reproducible mutants and an honest yardstick.</summary>
public sealed class FuzzEngineTests
{
    [Fact]
    public void Mutator_WithTheSameSeed_MakesTheSameBodies()
    {
        var seeds = SeedInput.FromFolder(FuzzFolders.Fixtures);
        var first = new FeedMutator(seeds, seed: 7, maxLength: 64 * 1024);
        var second = new FeedMutator(seeds, seed: 7, maxLength: 64 * 1024);

        for (var i = 0; i < 200; i++)
            Assert.Equal(first.Next().Body, second.Next().Body);
    }

    [Fact]
    public void Mutator_NeverMakesABodyLongerThanTheCap()
    {
        var mutator = new FeedMutator(SeedInput.FromFolder(FuzzFolders.Fixtures), seed: 3, maxLength: 4096);

        // Gzip may only add its header and block overhead to a capped body.
        Assert.All(Enumerable.Range(0, 300).Select(_ => mutator.Next().Body), body => Assert.True(body.Length <= 4096 + 64));
    }

    [Theory]
    [InlineData(16 * 1024)]
    [InlineData(256 * 1024)]
    public void PlainFeed_OfSize_IsAnOrdinaryFeedOfAboutThatSize(int size)
    {
        var body = PlainFeed.OfSize(size);

        var result = new FeedParser(TimeProvider.System).Parse("plain", new Uri("https://plain.example/feed"), body, null, TestContext.Current.CancellationToken);

        Assert.InRange(body.Length, size, size + 1024);
        Assert.True(result.IsSuccess, result.Error);
        Assert.True(result.Items.Count > size / 1024, $"{result.Items.Count} items");
    }

    [Fact]
    public void AttackCatalogue_MakesEveryAttackAtAboutTheRequestedSize()
    {
        const int size = 64 * 1024;

        Assert.All(AttackCatalogue.All, attack => Assert.InRange(attack.Generate(size).Length, size / 2, size + 2048));
    }

    [Fact]
    public void RegressionFolder_KeepsTheSameFindingOnce()
    {
        var folder = new RegressionFolder(Path.Combine(Path.GetTempPath(), "newswatch-fuzz-" + Guid.NewGuid().ToString("N")));
        try
        {
            var first = folder.Save([1, 2, 3]);
            var second = folder.Save([1, 2, 3]);

            Assert.Equal(first, second);
            Assert.Single(folder.FileNames());
            Assert.Equal([1, 2, 3], folder.Read(Path.GetFileName(first)));
        }
        finally
        {
            Directory.Delete(folder.Path, recursive: true);
        }
    }
}
