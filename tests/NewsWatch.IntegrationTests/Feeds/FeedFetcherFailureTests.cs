using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Http;
using NewsWatch.Core.Feeds;
using NewsWatch.IntegrationTests.Support;

namespace NewsWatch.IntegrationTests.Feeds;

public sealed class FeedFetcherFailureTests
{
    private static readonly TimeSpan ShortTimeout = TimeSpan.FromSeconds(1);

    [Fact]
    public async Task Fetch_WhenServerNeverAnswers_FailsAfterTheTimeout()
    {
        await using var server = await LoopbackServer.StartAsync(TestFeeds.HangAsync);
        using var feeds = new FeedServices(options => options.RequestTimeout = ShortTimeout);

        var clock = Stopwatch.StartNew();
        var result = await feeds.FetchAsync(server.Url("/feed"));

        Assert.Equal(FetchOutcome.Failed, result.Outcome);
        Assert.Contains("Timed out", result.Error, StringComparison.Ordinal);
        Assert.InRange(clock.Elapsed, ShortTimeout * 0.9, ShortTimeout * 5);
    }

    [Fact]
    public async Task Fetch_WhenBodyStallsAfterHeaders_FailsAfterTheTimeout()
    {
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            context.Response.ContentType = "application/rss+xml";
            await context.Response.WriteAsync("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>", context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
            await TestFeeds.HangAsync(context);
        });
        using var feeds = new FeedServices(options => options.RequestTimeout = ShortTimeout);

        var clock = Stopwatch.StartNew();
        var result = await feeds.FetchAsync(server.Url("/feed"));

        Assert.Equal(FetchOutcome.Failed, result.Outcome);
        Assert.Contains("Timed out", result.Error, StringComparison.Ordinal);
        Assert.InRange(clock.Elapsed, ShortTimeout * 0.9, ShortTimeout * 5);
    }

    [Fact]
    public async Task Fetch_WhenStreamedBodyExceedsTheLimit_StopsReadingAndFails()
    {
        const int limit = 64 * 1024;
        const long everything = 1024L * 1024 * 1024;
        var serverStopped = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            // No Content-Length: the limit can only be enforced while streaming.
            context.Response.ContentType = "application/rss+xml";
            var chunk = new byte[16 * 1024];
            long sent = 0;
            try
            {
                while (!context.RequestAborted.IsCancellationRequested && sent < everything)
                {
                    await context.Response.Body.WriteAsync(chunk, context.RequestAborted);
                    sent += chunk.Length;
                }
            }
            catch (Exception)
            {
                // The client hung up: Kestrel reports it as a cancellation, an I/O error or an
                // aborted connection, depending on when it hears.
            }
            finally
            {
                serverStopped.TrySetResult(sent < everything);
            }
        });
        using var feeds = new FeedServices(options => options.MaxBodyBytes = limit);

        var result = await feeds.FetchAsync(server.Url("/feed"));

        Assert.Equal(FetchOutcome.Failed, result.Outcome);
        Assert.Contains("larger than", result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Body);
        // A byte count bound cannot tell a hang-up apart: once the connection is gone the server's
        // writes complete at once without going anywhere until it hears of the abort, and a loaded
        // machine hears late. What tells is that the server stopped before sending everything.
        var stoppedEarly = await serverStopped.Task.WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);
        Assert.True(stoppedEarly, "The client should hang up before the server sends everything.");
    }

    [Fact]
    public async Task Fetch_WhenContentLengthExceedsTheLimit_FailsWithoutReading()
    {
        await using var server = await LoopbackServer.StartAsync(context =>
        {
            context.Response.ContentLength = 2 * 1024 * 1024;
            return context.Response.Body.WriteAsync(new byte[2 * 1024 * 1024], context.RequestAborted).AsTask();
        });
        using var feeds = new FeedServices(options => options.MaxBodyBytes = 1024 * 1024);

        var result = await feeds.FetchAsync(server.Url("/feed"));

        Assert.Equal(FetchOutcome.Failed, result.Outcome);
        Assert.Equal("The feed is larger than the 1 MiB limit.", result.Error);
    }

    [Fact]
    public async Task Fetch_WhenNothingListens_FailsWithConnectionRefused()
    {
        using var feeds = new FeedServices();

        var result = await feeds.FetchAsync(new Uri($"http://127.0.0.1:{UnusedPort()}/feed"));

        Assert.Equal(FetchOutcome.Failed, result.Outcome);
        Assert.Contains("Connection refused", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', result.Error!);
    }

    [Fact]
    public async Task Fetch_WhenServerSpeaksTlsGarbage_FailsWithOneLine()
    {
        await using var server = await LoopbackServer.StartAsync(context => TestFeeds.WriteRssAsync(context));
        using var feeds = new FeedServices();

        // An https request to a plain-HTTP server fails in the TLS handshake.
        var result = await feeds.FetchAsync(new Uri($"https://127.0.0.1:{server.BaseUri.Port}/feed"));

        Assert.Equal(FetchOutcome.Failed, result.Outcome);
        Assert.False(string.IsNullOrWhiteSpace(result.Error));
        Assert.DoesNotContain('\n', result.Error!);
    }

    [Fact]
    public async Task Fetch_WhenCallerCancels_Throws()
    {
        await using var server = await LoopbackServer.StartAsync(TestFeeds.HangAsync);
        using var feeds = new FeedServices();
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            feeds.Fetcher.FetchAsync(new FeedRequest("f", server.Url("/feed")), cancellation.Token));
    }

    private static int UnusedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
