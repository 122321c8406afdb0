using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using NewsWatch.Cli.Hosting.Web;
using NewsWatch.Core.Webhooks;
using NewsWatch.Functions.Http;

namespace NewsWatch.IntegrationTests.Cli.Web;

/// <summary><c>newswatch run</c>'s server: the Functions app's own HTTP functions on loopback, behind the same two keys.</summary>
public sealed class LocalServerTests(AzuriteFixture azurite)
{
    private const string Admin = "admin-key-of-the-local-server-tests";
    private const string Reader = "reader-key-of-the-local-server-tests";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void EveryHttpFunctionOfTheFunctionsApp_IsServed_WithTheRoleItDeclares()
    {
        Assert.Equal(ApiRoles.All.Keys.Order(StringComparer.Ordinal), FunctionRoute.All.Select(r => r.Name).Order(StringComparer.Ordinal));
        Assert.All(FunctionRoute.All, route => Assert.Equal(ApiRoles.Of(route.Name), route.Role));
    }

    [Theory]
    [InlineData("/api/alerts", null, HttpStatusCode.Unauthorized)]
    [InlineData("/api/alerts", Reader, HttpStatusCode.OK)]
    [InlineData("/api/feeds/health", Reader, HttpStatusCode.OK)]
    [InlineData("/api/alerts", Admin, HttpStatusCode.OK)]
    [InlineData("/api/subscriptions", Reader, HttpStatusCode.Unauthorized)]
    [InlineData("/api/subscriptions", "not-a-key", HttpStatusCode.Unauthorized)]
    [InlineData("/api/subscriptions", Admin, HttpStatusCode.OK)]
    [InlineData("/api/dashboard/", null, HttpStatusCode.OK)]
    public async Task AKey_OpensTheRoutesOfItsRole_AsInAzure(string path, string? key, HttpStatusCode expected)
    {
        await using var site = await StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(site.Server.Address, path));
        if (key is not null)
            request.Headers.Add(FunctionKey.Header, key);

        using var answer = await site.Client.SendAsync(request, Ct);

        Assert.Equal(expected, answer.StatusCode);
        if (expected == HttpStatusCode.Unauthorized)
            Assert.Equal("application/problem+json", answer.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task TheAdminKeyInTheUrl_IsRefused_AndAReaderKeyInTheUrl_OpensItsRoute()
    {
        await using var site = await StartAsync();

        using var admin = await site.Client.GetAsync(new Uri(site.Server.Address, $"/api/subscriptions?code={Admin}"), Ct);
        using var reader = await site.Client.GetAsync(new Uri(site.Server.Address, $"/api/health?code={Reader}"), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, admin.StatusCode);
        Assert.Contains(FunctionKey.Header, await admin.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, reader.StatusCode);
    }

    [Fact]
    public async Task ARequestForAnotherHostName_IsRefused_SoARebindingPageCannotReachTheApi()
    {
        await using var site = await StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(site.Server.Address, "/api/alerts"));
        request.Headers.Host = "attacker.example";
        request.Headers.Add(FunctionKey.Header, Admin);

        using var answer = await site.Client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.MisdirectedRequest, answer.StatusCode);
    }

    [Fact]
    public async Task ARequestForTheWebSubCallbacksHostName_IsAnswered_SoHubsReachItThroughATunnel()
    {
        await using var host = TestHost.Create(azurite, settings: new Dictionary<string, string?> { ["NewsWatch:WebSub:CallbackBaseUrl"] = "https://tunnel.example/api/websub" });
        await using var server = await LocalServer.StartAsync(host.Services, 0, LocalKeys.From(Admin, Reader), Ct);
        using var client = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(server.Address, "/api/websub/feed/token?hub.mode=subscribe"));
        request.Headers.Host = "TUNNEL.example";

        using var answer = await client.SendAsync(request, Ct);

        // The callback's own answer to an unknown feed and token, not the server's refusal of the name.
        Assert.Equal(HttpStatusCode.NotFound, answer.StatusCode);
    }

    [Fact]
    public async Task TheRoot_LeadsToTheDashboard()
    {
        await using var site = await StartAsync();

        using var answer = await site.Client.GetAsync(site.Server.Address, Ct);

        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        Assert.Equal(LocalServer.DashboardPath, answer.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task AWriteThroughTheServer_LandsInStorage_AsThroughTheFunctionsApp()
    {
        await using var site = await StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(site.Server.Address, "/api/subscriptions"))
        {
            Content = JsonContent.Create(new { url = "http://127.0.0.1:9/hooks/newswatch" }),
        };
        request.Headers.Add(FunctionKey.Header, Admin);

        using var answer = await site.Client.SendAsync(request, Ct);

        Assert.True(answer.StatusCode == HttpStatusCode.Created, await answer.Content.ReadAsStringAsync(Ct));
        using var body = JsonDocument.Parse(await answer.Content.ReadAsStringAsync(Ct));
        var stored = await site.Host.Get<Subscriptions>().FindAsync(body.RootElement.GetProperty("id").GetString()!, Ct);
        Assert.Equal(new Uri("http://127.0.0.1:9/hooks/newswatch"), stored?.Url);
    }

    [Fact]
    public async Task StorageThatDoesNotAnswer_IsA503Problem_NotACrash()
    {
        await using var host = TestHost.Create(azurite, settings: new Dictionary<string, string?>
        {
            ["NewsWatch:Storage"] = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;TableEndpoint=http://127.0.0.1:9/devstoreaccount1;",
        });
        await using var server = await LocalServer.StartAsync(host.Services, 0, LocalKeys.From(Admin, Reader), Ct);
        using var client = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(server.Address, "/api/subscriptions"));
        request.Headers.Add(FunctionKey.Header, Admin);

        using var answer = await client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, answer.StatusCode);
        Assert.Equal("application/problem+json", answer.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData(Admin, null)]
    [InlineData("short", "short-reader-key-but-long-enough")]
    [InlineData(Admin, Admin)]
    public void KeysConfiguredHalfwayOrWeak_AreRefusedAtStart(string? admin, string? reader)
    {
        var refused = Assert.Throws<InvalidOperationException>(() => LocalKeys.From(admin, reader));

        Assert.Contains("NewsWatch:Dashboard:AdminKey", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutConfiguredKeys_EachRunMakesTwoDifferentRandomOnes()
    {
        var first = LocalKeys.From(null, null);
        var second = LocalKeys.From(null, null);

        Assert.True(first.IsGenerated);
        Assert.NotEqual(first.Admin, first.Reader);
        Assert.NotEqual(first.Admin, second.Admin);
        Assert.True(first.Admin.Length >= 32);
        Assert.True(first.IsAdmin(first.Admin) && !first.IsAdmin(first.Reader) && first.IsReader(first.Reader));
    }

    private async Task<Site> StartAsync()
    {
        var host = TestHost.Create(azurite);
        var server = await LocalServer.StartAsync(host.Services, 0, LocalKeys.From(Admin, Reader), Ct);
        return new Site(host, server, new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }));
    }

    private sealed record Site(TestHost Host, LocalServer Server, HttpClient Client) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            Client.Dispose();
            await Server.DisposeAsync();
            await Host.DisposeAsync();
        }
    }
}
