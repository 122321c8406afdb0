using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using NewsWatch.Core.Feeds;

namespace NewsWatch.IntegrationTests.Support;

/// <summary>
/// A loopback HTTPS server that answers for the news search engines' hosts (news.google.com,
/// www.bing.com, api.gdeltproject.org), and the feed client wired to reach it there: the
/// client resolves those names to the server, as a hosts file would, and trusts the server's
/// certificate (made for those names) by its thumbprint. Everything else of the exchange is
/// real: TLS with the engine's name, the request line and headers, the answer.
/// </summary>
internal sealed class EngineStandIn : IAsyncDisposable
{
    private static readonly string[] EngineHosts = ["news.google.com", "www.bing.com", "api.gdeltproject.org"];

    private readonly LoopbackServer server;
    private readonly X509Certificate2 certificate;

    private EngineStandIn(LoopbackServer server, X509Certificate2 certificate)
    {
        this.server = server;
        this.certificate = certificate;
    }

    public IReadOnlyCollection<RecordedRequest> Requests => server.Requests;

    public static async Task<EngineStandIn> StartAsync(Func<HttpContext, Task> answer)
    {
        var certificate = SelfSigned();
        var server = await LoopbackServer.StartAsync(answer, certificate: certificate);
        return new EngineStandIn(server, certificate);
    }

    /// <summary>Points the feed client at this server for the engines' hosts.</summary>
    public void Route(IServiceCollection services) =>
        services.AddHttpClient(FeedFetcher.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
        {
            ConnectCallback = async (context, token) =>
            {
                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                await socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, server.BaseUri.Port), token);
                return new NetworkStream(socket, ownsSocket: true);
            },
            SslOptions = new SslClientAuthenticationOptions
            {
                RemoteCertificateValidationCallback = (_, presented, _, _) => presented is not null && presented.GetCertHashString() == certificate.GetCertHashString(),
            },
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.All,
        });

    public async ValueTask DisposeAsync()
    {
        await server.DisposeAsync();
        certificate.Dispose();
    }

    private static X509Certificate2 SelfSigned()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=news.google.com", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        foreach (var host in EngineHosts)
            names.AddDnsName(host);
        request.CertificateExtensions.Add(names.Build());
        using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddHours(1));
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pfx), null);
    }
}
