using System.CommandLine;
using System.Net;
using System.Text;
using NewsWatch.Cli;
using NewsWatch.Functions.Http;

namespace NewsWatch.IntegrationTests.Cli;

/// <summary><c>newswatch run</c> ends in a browser tab: it prints where its dashboard is, with a key that opens it.</summary>
public sealed class RunCommandTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Run_PrintsTheDashboardsAddress_WhoseKeyOpensTheApi_AndAReaderLinkThatDoesNotOpenTheAdminRoutes()
    {
        await using var host = TestHost.Create(azurite);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        using var output = new LineWatcher("  as a reader");
        using var errors = new StringWriter();
        var run = CliApp.Create()
            .Parse(["run", "--port", "0", "--interval", "3600", "--storage", host.ConnectionString, "--set", $"NewsWatch:TablePrefix={host.TablePrefix}", "--set", $"{TestDataKeys.Setting}={TestDataKeys.KeyFile}"])
            .InvokeAsync(new InvocationConfiguration { Output = output, Error = errors }, stop.Token);

        var printed = await output.Seen.WaitAsync(TimeSpan.FromMinutes(1), TestContext.Current.CancellationToken);
        var (admin, reader) = (Link(printed, "Dashboard: "), Link(printed, "  as a reader (no admin views): "));
        using var client = new HttpClient();
        var page = await client.GetAsync(admin, TestContext.Current.CancellationToken);
        var asAdmin = await SendAsync(client, new Uri(admin, "/api/subscriptions"), admin.Fragment["#key=".Length..]);
        var asReader = await SendAsync(client, new Uri(admin, "/api/subscriptions"), reader.Fragment["#key=".Length..]);
        await stop.CancelAsync();
        var exitCode = await run;

        Assert.Equal("127.0.0.1", admin.Host);
        Assert.Equal("/api/dashboard/", admin.AbsolutePath);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(HttpStatusCode.OK, asAdmin);
        Assert.Equal(HttpStatusCode.Unauthorized, asReader);
        Assert.Equal(0, exitCode);
    }

    private static Uri Link(string printed, string prefix) =>
        new(printed.Split('\n').Select(line => line.TrimEnd('\r')).First(line => line.StartsWith(prefix, StringComparison.Ordinal))[prefix.Length..]);

    private static async Task<HttpStatusCode> SendAsync(HttpClient client, Uri address, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, address);
        request.Headers.Add(FunctionKey.Header, key);
        using var answer = await client.SendAsync(request, TestContext.Current.CancellationToken);
        return answer.StatusCode;
    }

    /// <summary>The command's output, and the moment a line starting with a given text is written.</summary>
    private sealed class LineWatcher(string awaited) : StringWriter
    {
        private readonly TaskCompletionSource<string> seen = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly Lock gate = new();

        public Task<string> Seen => seen.Task;

        public override void WriteLine(string? value)
        {
            lock (gate)
            {
                base.WriteLine(value);
                if (value?.StartsWith(awaited, StringComparison.Ordinal) == true)
                    seen.TrySetResult(ToString());
            }
        }

        public override Task WriteLineAsync(string? value)
        {
            WriteLine(value);
            return Task.CompletedTask;
        }

        public override Encoding Encoding => Encoding.UTF8;
    }
}
