using NewsWatch.Core.Sources;
using NewsWatch.Core.Sources.Packs;
using NewsWatch.Core.Storage;
using NewsWatch.IntegrationTests.Support;

namespace NewsWatch.IntegrationTests.Cli;

public sealed class SourcesCommandTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AddSearch_WatchesTheQuerysFeedInEveryEngine()
    {
        await using var host = TestHost.Create(azurite);

        var added = await CliRun.InvokeAsync(host, "sources", "add-search", "\"sécurité de l'IA\" (démission OR départ)", "--lang", "fr");

        Assert.Equal(0, added.ExitCode);
        Assert.Equal("3 search feeds added, 0 already watched.", added.Lines[^1]);
        var feeds = await host.Get<FeedStore>().ListAsync(Ct);
        var searches = feeds.Select(feed => SearchFeedUrl.TryRead(feed.Url)).ToList();
        Assert.Equal([SearchEngine.Gdelt, SearchEngine.BingNews, SearchEngine.GoogleNews], searches.Select(s => s!.Engine).Order().Reverse());
        Assert.All(searches, search => Assert.Equal(("\"sécurité de l'IA\" (démission OR départ)", "fr"), (search!.Query, search.Language)));
        Assert.All(feeds, feed => Assert.Equal("fr", feed.Language));
        Assert.Contains(feeds, feed => feed.Title == "Google News search [fr]: \"sécurité de l'IA\" (démission OR départ)");
    }

    [Fact]
    public async Task AddSearchTwice_LeavesTheFeedsAsTheyWere()
    {
        await using var host = TestHost.Create(azurite);
        await CliRun.InvokeAsync(host, "sources", "add-search", "alignment resigns", "--lang", "en", "--engines", "google,bing");

        var again = await CliRun.InvokeAsync(host, "sources", "add-search", "alignment  resigns", "--lang", "en", "--engines", "bing");

        Assert.Equal("0 search feeds added, 1 already watched.", again.Lines[^1]);
        Assert.Equal(2, (await host.Get<FeedStore>().ListAsync(Ct)).Count);
    }

    [Theory]
    [InlineData("(unclosed", "fr", null, "never closed")]
    [InlineData("IA", "xx", null, "does not support the language \"xx\"")]
    [InlineData("IA", "fr", "google,altavista", "not 'altavista'")]
    public async Task AddSearch_RefusesWhatNoEngineCanRun_AndStoresNothing(string query, string language, string? engines, string reason)
    {
        await using var host = TestHost.Create(azurite);
        string[] args = engines is null ? ["sources", "add-search", query, "--lang", language] : ["sources", "add-search", query, "--lang", language, "--engines", engines];

        var refused = await CliRun.InvokeAsync(host, args);

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains(reason, refused.Errors, StringComparison.Ordinal);
        Assert.Empty(await host.Get<FeedStore>().ListAsync(Ct));
    }

    [Fact]
    public async Task AddPack_WatchesEveryQueryOfTheChosenLanguages()
    {
        await using var host = TestHost.Create(azurite);
        var pack = QueryPacks.Find("ai-safety")!;

        var added = await CliRun.InvokeAsync(host, "sources", "add-pack", "ai-safety", "--lang", "nl,pt", "--engines", "google");

        Assert.Equal(0, added.ExitCode);
        var expected = pack.QueriesFor("nl").Count + pack.QueriesFor("pt").Count;
        var feeds = await host.Get<FeedStore>().ListAsync(Ct);
        Assert.Equal(expected, feeds.Count);
        Assert.All(feeds, feed => Assert.True(feed.Language is "nl" or "pt", feed.Language));
        Assert.All(feeds, feed => Assert.Equal(SearchEngine.GoogleNews, SearchFeedUrl.TryRead(feed.Url)!.Engine));
    }

    [Fact]
    public async Task RemoveSearchAndRemovePack_StopWatchingExactlyThoseFeeds()
    {
        await using var host = TestHost.Create(azurite);
        await CliRun.InvokeAsync(host, "sources", "add-pack", "ai-safety", "--lang", "nl", "--engines", "google,bing");
        await CliRun.InvokeAsync(host, "sources", "add-search", "alignment resigns", "--lang", "en");
        await CliRun.InvokeAsync(host, "feeds", "add", "https://news.example/rss");

        var search = await CliRun.InvokeAsync(host, "sources", "remove-search", "alignment   resigns", "--lang", "en", "--engines", "gdelt");
        var pack = await CliRun.InvokeAsync(host, "sources", "remove-pack", "ai-safety", "--engines", "bing");

        Assert.Equal("1 search feeds removed.", search.Lines[^1]);
        Assert.Equal($"{QueryPacks.Find("ai-safety")!.QueriesFor("nl").Count} search feeds removed.", pack.Lines[^1]);
        var left = await host.Get<FeedStore>().ListAsync(Ct);
        Assert.Contains(left, feed => feed.Url == new Uri("https://news.example/rss"));
        Assert.Equal(QueryPacks.Find("ai-safety")!.QueriesFor("nl").Count, left.Count(feed => SearchFeedUrl.TryRead(feed.Url) is { Engine: SearchEngine.GoogleNews, Language: "nl" }));
        Assert.Equal(2, left.Count(feed => SearchFeedUrl.TryRead(feed.Url) is { Language: "en" }));
        Assert.DoesNotContain(left, feed => SearchFeedUrl.TryRead(feed.Url) is { Engine: SearchEngine.BingNews, Language: "nl" });
    }

    [Theory]
    [InlineData("add-pack")]
    [InlineData("remove-pack")]
    public async Task APackVerb_WithALanguageThePackLacks_IsRefused_AndChangesNothing(string verb)
    {
        await using var host = TestHost.Create(azurite);
        await CliRun.InvokeAsync(host, "feeds", "add", "https://news.example/rss");

        var refused = await CliRun.InvokeAsync(host, "sources", verb, "ai-safety", "--lang", "fi");

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("no queries in 'fi'", refused.Errors, StringComparison.Ordinal);
        Assert.Single(await host.Get<FeedStore>().ListAsync(Ct));
    }

    [Fact]
    public async Task AddPack_WithAPackFile_ReportsItsBadLines()
    {
        await using var host = TestHost.Create(azurite);
        var path = Path.Combine(Path.GetTempPath(), $"pack-{Guid.NewGuid():N}.tsv");
        await File.WriteAllTextAsync(path, "name\tmine\nfr\t(démission\nxx\tIA\n", Ct);

        var refused = await CliRun.InvokeAsync(host, "sources", "add-pack", path);

        File.Delete(path);
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("line 2", refused.Errors, StringComparison.Ordinal);
        Assert.Empty(await host.Get<FeedStore>().ListAsync(Ct));
    }

    [Fact]
    public async Task PacksMeasure_PrintsRecallPerLanguageOfALabelledFile()
    {
        await using var host = TestHost.Create(azurite);
        var path = Path.Combine(Path.GetTempPath(), $"labelled-{Guid.NewGuid():N}.jsonl");
        await File.WriteAllLinesAsync(path,
        [
            """{"id":"a","lang":"en","title":"Head of AI safety resigns from the lab","summary":"","label":{"event":"departure","events":["departure"],"orgs":[],"people":[],"teams":[]}}""",
            """{"id":"b","lang":"en","title":"Bakery opens a second shop","summary":"","label":{"event":"none","events":[],"orgs":[],"people":[],"teams":[]}}""",
        ], Ct);

        var measured = await CliRun.InvokeAsync(host, "sources", "packs", "--measure", path);

        File.Delete(path);
        Assert.Equal(0, measured.ExitCode);
        Assert.Contains(measured.Lines, line => line.Trim().StartsWith("en", StringComparison.Ordinal) && line.Contains("1   1.000", StringComparison.Ordinal));
    }
}
