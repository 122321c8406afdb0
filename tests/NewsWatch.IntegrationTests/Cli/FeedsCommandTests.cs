using System.CommandLine;
using System.Text.Json;
using NewsWatch.Cli;
using NewsWatch.Core.Feeds;
using NewsWatch.Core.Storage;
using NewsWatch.IntegrationTests.Support;

namespace NewsWatch.IntegrationTests.Cli;

public sealed class FeedsCommandTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AddThenList_ShowsTheFeedAsAnAlignedTableRow()
    {
        await using var host = TestHost.Create(azurite);

        var added = await RunAsync(host, "feeds", "add", "https://news.example/rss", "--title", "Example News", "--lang", "en");
        var list = await RunAsync(host, "feeds", "list");

        Assert.Equal(0, added.ExitCode);
        var id = WatchedFeed.IdFor(new Uri("https://news.example/rss"));
        Assert.Equal($"Added {id} https://news.example/rss", added.Lines.Single());
        Assert.Equal(0, list.ExitCode);
        Assert.Empty(list.Errors);
        var header = list.Lines[0];
        var row = list.Lines[1];
        Assert.StartsWith("ID", header, StringComparison.Ordinal);
        Assert.StartsWith(id, row, StringComparison.Ordinal);
        Assert.Equal(header.IndexOf("TITLE", StringComparison.Ordinal), row.IndexOf("Example News", StringComparison.Ordinal));
        Assert.Equal(header.IndexOf("STATE", StringComparison.Ordinal), row.IndexOf("enabled", StringComparison.Ordinal));
        Assert.Equal(header.IndexOf("LAST POLL", StringComparison.Ordinal), row.IndexOf("never", StringComparison.Ordinal));
        Assert.EndsWith("https://news.example/rss", row, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddThenListJson_PrintsEveryFieldInCamelCase()
    {
        await using var host = TestHost.Create(azurite);
        await RunAsync(host, "feeds", "add", "https://news.example/rss", "--title", "Example News", "--lang", "fr-FR");

        var list = await RunAsync(host, "feeds", "list", "--json");

        Assert.Equal(0, list.ExitCode);
        using var json = JsonDocument.Parse(list.Output);
        var feed = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal(WatchedFeed.IdFor(new Uri("https://news.example/rss")), feed.GetProperty("id").GetString());
        Assert.Equal("Example News", feed.GetProperty("title").GetString());
        Assert.Equal("https://news.example/rss", feed.GetProperty("url").GetString());
        Assert.Equal("fr", feed.GetProperty("language").GetString());
        Assert.True(feed.GetProperty("enabled").GetBoolean());
        Assert.Equal(0, feed.GetProperty("itemCount").GetInt64());
        Assert.Equal(0, feed.GetProperty("consecutiveFailures").GetInt32());
        Assert.False(feed.TryGetProperty("lastError", out _));
        Assert.False(feed.TryGetProperty("lastPolledAt", out _));
        Assert.False(feed.TryGetProperty("disabledReason", out _));
    }

    [Fact]
    public async Task ListJson_WithNoFeeds_PrintsAnEmptyArray()
    {
        await using var host = TestHost.Create(azurite);

        var list = await RunAsync(host, "feeds", "list", "--json");

        Assert.Equal(0, list.ExitCode);
        Assert.Equal(JsonValueKind.Array, JsonDocument.Parse(list.Output).RootElement.ValueKind);
        Assert.Equal(0, JsonDocument.Parse(list.Output).RootElement.GetArrayLength());
    }

    [Theory]
    [InlineData("not a feed", "neither an absolute http(s) URL nor an existing file")]
    [InlineData("ftp://news.example/rss", "is not an http(s) URL")]
    [InlineData("http://", "neither an absolute http(s) URL nor a local file")]
    [InlineData("file:///no/such/feed.xml", "neither an absolute http(s) URL nor an existing file")]
    public async Task Add_WithAnInvalidAddress_PrintsOneClearLineAndExitsTwo(string address, string message)
    {
        await using var host = TestHost.Create(azurite);

        var added = await RunAsync(host, "feeds", "add", address);

        Assert.Equal(2, added.ExitCode);
        var error = Assert.Single(added.Errors.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("newswatch: ", error, StringComparison.Ordinal);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.Empty(await host.Get<FeedStore>().ListAsync(Ct));
    }

    [Fact]
    public async Task Add_WithAnInvalidLanguage_ExitsTwo()
    {
        await using var host = TestHost.Create(azurite);

        var added = await RunAsync(host, "feeds", "add", "https://news.example/rss", "--lang", "english");

        Assert.Equal(2, added.ExitCode);
        Assert.Contains("--lang", added.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_AnUrlAlreadyWatched_SaysSoAndExitsZero()
    {
        await using var host = TestHost.Create(azurite);
        await RunAsync(host, "feeds", "add", "https://news.example/rss", "--title", "First");

        var again = await RunAsync(host, "feeds", "add", "https://news.example/rss", "--title", "Second");

        Assert.Equal(0, again.ExitCode);
        Assert.StartsWith("Already watched:", again.Lines.Single(), StringComparison.Ordinal);
        Assert.Equal("First", Assert.Single(await host.Get<FeedStore>().ListAsync(Ct)).Title);
    }

    [Fact]
    public async Task Add_ALocalPath_WatchesItsFileUrl()
    {
        await using var host = TestHost.Create(azurite);
        var path = Path.Combine(Path.GetTempPath(), $"newswatch-{Guid.NewGuid():N}.xml");
        await File.WriteAllTextAsync(path, RssFeed.Of("Local", "en"), Ct);
        try
        {
            var added = await RunAsync(host, "feeds", "add", path);

            Assert.Equal(0, added.ExitCode);
            Assert.Equal(new Uri(path), Assert.Single(await host.Get<FeedStore>().ListAsync(Ct)).Url);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Remove_ByIdOrByUrl_StopsWatchingOnlyThatFeed(bool byId)
    {
        await using var host = TestHost.Create(azurite);
        var feeds = host.Get<FeedStore>();
        var gone = await feeds.AddAsync(new Uri("https://news.example/gone"), "Gone", null, Ct);
        await feeds.AddAsync(new Uri("https://news.example/kept"), "Kept", null, Ct);

        var removed = await RunAsync(host, "feeds", "remove", byId ? gone.Id : gone.Url.AbsoluteUri);

        Assert.Equal(0, removed.ExitCode);
        Assert.Equal($"Removed {gone.Id} https://news.example/gone", removed.Lines.Single());
        Assert.Equal("Kept", Assert.Single(await feeds.ListAsync(Ct)).Title);
    }

    [Fact]
    public async Task Remove_ByUrl_FindsAFeedThatMovedThere()
    {
        await using var host = TestHost.Create(azurite);
        var feeds = host.Get<FeedStore>();
        var feed = await feeds.AddAsync(new Uri("https://old.example/rss"), "Moved", null, Ct);
        await feeds.SaveAsync(feed with { Url = new Uri("https://new.example/rss") }, Ct);

        var removed = await RunAsync(host, "feeds", "remove", "https://new.example/rss");

        Assert.Equal(0, removed.ExitCode);
        Assert.Empty(await feeds.ListAsync(Ct));
    }

    [Theory]
    [InlineData("0123456789abcdef")]
    [InlineData("https://unknown.example/rss")]
    public async Task Remove_AnUnknownFeed_PrintsOneClearLineAndExitsTwo(string idOrUrl)
    {
        await using var host = TestHost.Create(azurite);
        await host.Get<FeedStore>().AddAsync(new Uri("https://news.example/rss"), "Kept", null, Ct);

        var removed = await RunAsync(host, "feeds", "remove", idOrUrl);

        Assert.Equal(2, removed.ExitCode);
        Assert.Contains($"No feed has the id or URL '{idOrUrl}'", removed.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", removed.Errors, StringComparison.Ordinal);
        Assert.Single(await host.Get<FeedStore>().ListAsync(Ct));
    }

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

        var imported = await RunAsync(host, "feeds", "import", path);

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
        var path = content is null ? Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}.opml") : await TempFileAsync(content);

        var imported = await RunAsync(host, "feeds", "import", path);

        Assert.Equal(2, imported.ExitCode);
        var error = Assert.Single(imported.Errors.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_ToAFile_ReadsBackAsTheSameFeeds()
    {
        await using var host = TestHost.Create(azurite);
        var feeds = host.Get<FeedStore>();
        await feeds.AddAsync(new Uri("https://a.example/rss"), "Alpha", "en", Ct);
        await feeds.AddAsync(new Uri("https://b.example/atom"), null, null, Ct);
        var path = Path.Combine(Path.GetTempPath(), $"export-{Guid.NewGuid():N}.opml");

        var exported = await RunAsync(host, "feeds", "export", "--output", path);

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

        var exported = await RunAsync(host, "feeds", "export");

        Assert.Equal(0, exported.ExitCode);
        using var opml = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(exported.Output));
        Assert.Equal(new OpmlFeed("Alpha", new Uri("https://a.example/rss")), Assert.Single(Opml.Read(opml)));
    }

    [Fact]
    public async Task List_AfterPollingAFeedThatAnswers500_ShowsItsFailureAndLastError()
    {
        await using var server = await LoopbackServer.StartAsync(context =>
        {
            context.Response.StatusCode = 500;
            return Task.CompletedTask;
        });
        await using var host = TestHost.Create(azurite);
        await RunAsync(host, "feeds", "add", server.Url("broken").AbsoluteUri, "--title", "Broken");
        var polled = await RunAsync(host, "poll", "--once");

        var table = await RunAsync(host, "feeds", "list");
        var json = await RunAsync(host, "feeds", "list", "--json");

        Assert.Equal(0, polled.ExitCode);
        var lastError = Assert.Single(table.Lines, line => line.StartsWith("last error: ", StringComparison.Ordinal));
        Assert.Contains("500", lastError, StringComparison.Ordinal);
        Assert.DoesNotContain("never", table.Lines[1], StringComparison.Ordinal);
        using var document = JsonDocument.Parse(json.Output);
        var feed = Assert.Single(document.RootElement.EnumerateArray());
        Assert.Equal(1, feed.GetProperty("consecutiveFailures").GetInt32());
        Assert.Equal(lastError["last error: ".Length..], feed.GetProperty("lastError").GetString());
        Assert.True(feed.TryGetProperty("lastPolledAt", out _));
        Assert.True(feed.TryGetProperty("nextPollAt", out _));
    }

    [Theory]
    [InlineData("add", "Watch a feed")]
    [InlineData("list", "List the feeds")]
    [InlineData("remove", "Stop watching a feed")]
    [InlineData("import", "Watch the feeds an OPML file lists")]
    [InlineData("export", "Write every watched feed as OPML")]
    public async Task Help_ForEachVerb_DescribesIt(string verb, string description)
    {
        using var output = new StringWriter();

        var exitCode = await CliApp.Create().Parse(["feeds", verb, "--help"]).InvokeAsync(new InvocationConfiguration { Output = output }, Ct);

        Assert.Equal(0, exitCode);
        Assert.Contains(description, output.ToString(), StringComparison.Ordinal);
    }

    private static async Task<CliRun> RunAsync(TestHost host, params string[] args)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var exitCode = await CliApp.Create()
            .Parse([.. args, "--storage", host.ConnectionString, "--set", $"NewsWatch:TablePrefix={host.TablePrefix}"])
            .InvokeAsync(new InvocationConfiguration { Output = output, Error = errors }, Ct);
        return new CliRun(exitCode, output.ToString(), errors.ToString());
    }

    private static async Task<string> TempFileAsync(string content)
    {
        var path = Path.Combine(Path.GetTempPath(), $"newswatch-{Guid.NewGuid():N}.opml");
        await File.WriteAllTextAsync(path, content, Ct);
        return path;
    }

    private sealed record CliRun(int ExitCode, string Output, string Errors)
    {
        public string[] Lines => Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }
}
