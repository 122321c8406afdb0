using System.Net.Sockets;
using System.Security.Authentication;
using NewsWatch.Core.Feeds;

namespace NewsWatch.Core.Tests.Feeds;

public sealed class FetchErrorTests
{
    private static readonly Uri Url = new("https://feeds.example.org/rss");

    public static TheoryData<Exception, string> Failures => new()
    {
        { new HttpRequestException(HttpRequestError.NameResolutionError, "Name or service not known (feeds.example.org:443)", new SocketException((int)SocketError.HostNotFound)), "DNS lookup failed" },
        { new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused", new SocketException((int)SocketError.ConnectionRefused)), "Connection refused by feeds.example.org:443" },
        { new HttpRequestException(HttpRequestError.SecureConnectionError, "SSL failed", new AuthenticationException("The remote certificate is invalid\nbecause of errors")), "TLS handshake with feeds.example.org:443 failed: The remote certificate is invalid" },
        { new HttpRequestException(HttpRequestError.ResponseEnded, "ended"), "closed the connection before the response was complete" },
        { new IOException("Unable to read data from the transport connection.\n   at Foo.Bar()"), "Could not fetch from feeds.example.org:443: Unable to read data from the transport connection." },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public void Describe_GivesOneReadableLine(Exception failure, string expected)
    {
        var message = FetchError.Describe(Url, failure);

        Assert.Contains(expected, message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', message);
        Assert.DoesNotContain(" at ", message, StringComparison.Ordinal);
    }
}
