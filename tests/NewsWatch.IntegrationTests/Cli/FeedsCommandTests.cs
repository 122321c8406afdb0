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

        var added = await CliRun.InvokeAsync(host, "feeds", "add", "https://news.example/rss", "--title", "Example News", "--lang", "en");
        var list = await CliRun.InvokeAsync(host, "feeds", "list");

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
        await CliRun.InvokeAsync(host, "feeds", "add", "https://news.example/rss", "--title", "Example News", "--lang", "fr-FR");

        var list = await CliRun.InvokeAsync(host, "feeds", "list", "--json");

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

        var list = await CliRun.InvokeAsync(host, "feeds", "list", "--json");

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

        var added = await CliRun.InvokeAsync(host, "feeds", "add", address);

        Assert.Equal(2, added.ExitCode);
        var error = Assert.Single(added.ErrorLines);
        Assert.StartsWith("newswatch: ", error, StringComparison.Ordinal);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.Empty(await host.Get<FeedStore>().ListAsync(Ct));
    }

    [Fact]
    public async Task Add_WithAUrlTooLongToKeepWhole_ExitsTwoAndWatchesNothing()
    {
        await using var host = TestHost.Create(azurite);

        var added = await CliRun.InvokeAsync(host, "feeds", "add", "https://news.example/" + new string('a', 3_000));

        Assert.Equal(2, added.ExitCode);
        Assert.Contains("at most 2048", Assert.Single(added.ErrorLines), StringComparison.Ordinal);
        Assert.Empty(await host.Get<FeedStore>().ListAsync(Ct));
    }

    [Fact]
    public async Task Add_WithAnInvalidLanguage_ExitsTwo()
    {
        await using var host = TestHost.Create(azurite);

        var added = await CliRun.InvokeAsync(host, "feeds", "add", "https://news.example/rss", "--lang", "english");

        Assert.Equal(2, added.ExitCode);
        Assert.Contains("--lang", added.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_AnUrlAlreadyWatched_SaysSoAndExitsZero()
    {
        await using var host = TestHost.Create(azurite);
        await CliRun.InvokeAsync(host, "feeds", "add", "https://news.example/rss", "--title", "First");

        var again = await CliRun.InvokeAsync(host, "feeds", "add", "https://news.example/rss", "--title", "Second");

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
            var added = await CliRun.InvokeAsync(host, "feeds", "add", path);

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

        var removed = await CliRun.InvokeAsync(host, "feeds", "remove", byId ? gone.Id : gone.Url.AbsoluteUri);

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
        await feeds.RecordPollAsync(feed with { Url = new Uri("https://new.example/rss") }, Ct);

        var removed = await CliRun.InvokeAsync(host, "feeds", "remove", "https://new.example/rss");

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

        var removed = await CliRun.InvokeAsync(host, "feeds", "remove", idOrUrl);

        Assert.Equal(2, removed.ExitCode);
        Assert.Contains($"No feed has the id or URL '{idOrUrl}'", removed.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", removed.Errors, StringComparison.Ordinal);
        Assert.Single(await host.Get<FeedStore>().ListAsync(Ct));
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
        await CliRun.InvokeAsync(host, "feeds", "add", server.Url("broken").AbsoluteUri, "--title", "Broken");
        var polled = await CliRun.InvokeAsync(host, "poll", "--once");

        var table = await CliRun.InvokeAsync(host, "feeds", "list");
        var json = await CliRun.InvokeAsync(host, "feeds", "list", "--json");

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
}
