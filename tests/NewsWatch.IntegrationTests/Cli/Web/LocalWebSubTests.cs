using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security;
using Microsoft.AspNetCore.Http;
using NewsWatch.Cli.Hosting.Web;
using NewsWatch.Core.Pipeline;
using NewsWatch.Core.Storage;
using NewsWatch.Core.WebSub;
using NewsWatch.Testing.WebSub;

namespace NewsWatch.IntegrationTests.Cli.Web;

/// <summary>
/// <c>newswatch run</c>'s server answers WebSub hubs with the Functions app's own callback, so a
/// local installation whose address hubs can reach (a tunnel, say) is pushed to as Azure is.
/// </summary>
public sealed class LocalWebSubTests(AzuriteFixture azurite)
{
    private static readonly TimeSpan HubWait = TimeSpan.FromSeconds(15);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AHub_VerifiesAtTheLocalServer_AndItsSignedPushIsTakenIn()
    {
        await using var hub = await LoopbackHub.StartAsync();
        Uri? topic = null;
        await using var feeds = await LoopbackServer.StartAsync(context => context.Response.WriteAsync(Rss(hub.Url, topic!, "Quarterly results at the bakery")));
        topic = feeds.Url("feed.xml");
        var port = FreePort();
        await using var host = TestHost.Create(azurite, settings: new Dictionary<string, string?>
        {
            ["NewsWatch:WebSub:CallbackBaseUrl"] = $"http://127.0.0.1:{port}/api/websub",
            ["NewsWatch:WebSub:RequireHttpsHubs"] = "false",
        });
        await using var server = await LocalServer.StartAsync(host.Services, port, LocalKeys.From(null, null), Ct);
        var feed = await host.Get<FeedStore>().AddAsync(topic, null, "en", Ct);

        await host.Get<PollCycle>().RunAsync(Ct);
        Assert.True(await hub.SawAsync("subscribe verified", HubWait, Ct), string.Join("\n", hub.Log));
        var statuses = await hub.PublishAsync(topic, Rss(hub.Url, topic, "Head of AI safety at Quarrender Labs resigns"), "application/rss+xml", LoopbackHub.Signing.WithSecret, Ct);

        Assert.Equal([202], statuses);
        Assert.Equal(HubState.Active, (await host.Get<HubSubscriptionStore>().FindAsync(feed.Id, Ct))!.State);
        var stored = await host.RowsAsync(TableNames.Items);
        Assert.Contains(stored, row => row.GetString("Title") == "Head of AI safety at Quarrender Labs resigns");
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private static string Rss(Uri hub, Uri topic, string title)
    {
        var published = DateTimeOffset.UtcNow.AddMinutes(-10).ToString("R", CultureInfo.InvariantCulture);
        return $"""
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>Wire</title><link>https://wire.example/</link>
            <atom:link rel="hub" href="{hub}"/><atom:link rel="self" href="{topic}"/>
            <item><guid>{SecurityElement.Escape(title)}</guid><title>{SecurityElement.Escape(title)}</title><description>The lab confirmed the change on Monday.</description><pubDate>{published}</pubDate></item>
            </channel></rss>
            """;
    }
}
