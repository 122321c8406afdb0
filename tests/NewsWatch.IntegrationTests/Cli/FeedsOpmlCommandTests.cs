using NewsWatch.Core.Feeds;
using NewsWatch.Core.Storage;
using NewsWatch.IntegrationTests.Support;

namespace NewsWatch.IntegrationTests.Cli;

/// <summary><c>feeds import</c> and <c>feeds export</c>: OPML in and out of the Feeds table.</summary>
public sealed class FeedsOpmlCommandTests(AzuriteFixture azurite) : IDisposable
{
    private readonly List<string> tempFiles = [];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Import_AnOpmlFile_AddsTheNewFeedsAndCountsThoseAlreadyWatched()
    {
        await using var host = TestHost.Create(azurite);
        await host.Get<FeedStore>().AddAsync(new Uri("https://a.example/rss"), "A", null, Ct);
        var path = await TempFileAsync(
            """
            <?xml version="1.0" encoding="utf-8"?>
            <opml version="2.0">
              <head><title>Reader export</title></head>
              <body>
                <outline text="Safety">
                  <outline type="rss" text="A" xmlUrl="https://a.example/rss" />
                  <outline type="rss" text="B" xmlUrl="https://b.example/rss" language="de-AT" />
                </outline>
                <outline type="rss" title="C" xmlUrl="https://c.example/atom" />
                <outline type="rss" title="C again" xmlUrl="https://c.example/atom" />
                <outline type="link" text="No feed here" />
              </body>
            </opml>
            """);

        var imported = await CliRun.InvokeAsync(host, "feeds", "import", path);

        Assert.Equal(0, imported.ExitCode);
        Assert.Equal("Imported 3 feeds: 2 added, 1 already watched.", imported.Lines.Single());
        var feeds = (await host.Get<FeedStore>().ListAsync(Ct)).ToDictionary(f => f.Url.AbsoluteUri);
        Assert.Equal(["https://a.example/rss", "https://b.example/rss", "https://c.example/atom"], feeds.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("de", feeds["https://b.example/rss"].Language);
        Assert.Equal("C", feeds["https://c.example/atom"].Title);
    }

    [Theory]
    [InlineData(null, "Cannot read")]
    [InlineData("<opml><body><outline", "is not valid OPML")]
    public async Task Import_AMissingOrInvalidFile_PrintsOneClearLineAndExitsTwo(string? content, string message)
    {
        await using var host = TestHost.Create(azurite);
        var path = content is null ? TempPath() : await TempFileAsync(content);

        var imported = await CliRun.InvokeAsync(host, "feeds", "import", path);

        Assert.Equal(2, imported.ExitCode);
        var error = Assert.Single(imported.ErrorLines);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_ToAFile_ReadsBackAsTheSameFeeds()
    {
        await using var host = TestHost.Create(azurite);
        var feeds = host.Get<FeedStore>();
        await feeds.AddAsync(new Uri("https://a.example/rss"), "Alpha", "en", Ct);
        await feeds.AddAsync(new Uri("https://b.example/atom"), null, null, Ct);
        var path = TempPath();

        var exported = await CliRun.InvokeAsync(host, "feeds", "export", "--output", path);

        Assert.Equal(0, exported.ExitCode);
        Assert.Equal($"Exported 2 feeds to {path}.", exported.Lines.Single());
        await using var opml = File.OpenRead(path);
        Assert.Equal(
            [new OpmlFeed("Alpha", new Uri("https://a.example/rss"), "en"), new OpmlFeed("https://b.example/atom", new Uri("https://b.example/atom"))],
            Opml.Read(opml).OrderBy(f => f.XmlUrl.AbsoluteUri, StringComparer.Ordinal));
    }

    [Fact]
    public async Task Export_WithoutOutput_WritesTheOpmlToStandardOutput()
    {
        await using var host = TestHost.Create(azurite);
        await host.Get<FeedStore>().AddAsync(new Uri("https://a.example/rss"), "Alpha", null, Ct);

        var exported = await CliRun.InvokeAsync(host, "feeds", "export");

        Assert.Equal(0, exported.ExitCode);
        using var opml = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(exported.Output));
        Assert.Equal(new OpmlFeed("Alpha", new Uri("https://a.example/rss")), Assert.Single(Opml.Read(opml)));
    }

    public void Dispose()
    {
        foreach (var path in tempFiles)
            File.Delete(path);
    }

    private string TempPath()
    {
        var path = Path.Combine(Path.GetTempPath(), $"newswatch-{Guid.NewGuid():N}.opml");
        tempFiles.Add(path);
        return path;
    }

    private async Task<string> TempFileAsync(string content)
    {
        var path = TempPath();
        await File.WriteAllTextAsync(path, content, Ct);
        return path;
    }
}
