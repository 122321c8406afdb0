using System.CommandLine;
using Microsoft.AspNetCore.Http;
using NewsWatch.Cli;
using NewsWatch.Core.Storage;
using NewsWatch.IntegrationTests.Support;

namespace NewsWatch.IntegrationTests.Cli;

public sealed class PollCommandTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task PollOnce_WithAFailingAndAWorkingFeed_ExitsZeroAndPrintsEachFailureAndTheSummary()
    {
        var rss = RssFeed.Of("Wire", "en", new RssFeed.Item("1", "Quarterly results", "Revenue grew.", "https://news.example/q", DateTimeOffset.UtcNow));
        await using var server = await LoopbackServer.StartAsync(context =>
        {
            context.Response.StatusCode = context.Request.Path == "/down" ? 503 : 200;
            return context.Request.Path == "/down" ? Task.CompletedTask : context.Response.WriteAsync(rss);
        });
        await using var host = TestHost.Create(azurite);
        var ct = TestContext.Current.CancellationToken;
        await host.Get<FeedStore>().AddAsync(server.Url("down"), "Down Daily", null, ct);
        await host.Get<FeedStore>().AddAsync(server.Url("rss"), "Wire", null, ct);
        using var output = new StringWriter();
        using var errors = new StringWriter();

        var exitCode = await CliApp.Create()
            .Parse(["poll", "--once", "--storage", host.ConnectionString, "--set", $"NewsWatch:TablePrefix={host.TablePrefix}"])
            .InvokeAsync(new InvocationConfiguration { Output = output, Error = errors }, ct);

        Assert.Equal(0, exitCode);
        Assert.Empty(errors.ToString());
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Contains(lines, line => line.StartsWith("failed  Down Daily", StringComparison.Ordinal) && line.Contains("503", StringComparison.Ordinal));
        Assert.EndsWith("poll: 2 feeds polled, 0 not modified, 1 failed, 1 new items, 0 alerts", lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnyVerb_WithInvalidConfiguration_PrintsOneClearLineAndExitsOne()
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();

        var exitCode = await CliApp.Create()
            .Parse(["poll", "--once", "--storage", azurite.ConnectionString, "--set", "NewsWatch:Classification:MinScore=7"])
            .InvokeAsync(new InvocationConfiguration { Output = output, Error = errors }, TestContext.Current.CancellationToken);

        Assert.Equal(1, exitCode);
        Assert.Contains("MinScore", errors.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", errors.ToString(), StringComparison.Ordinal);
    }
}
