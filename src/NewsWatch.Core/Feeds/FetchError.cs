using System.Net.Sockets;
using System.Security.Authentication;

namespace NewsWatch.Core.Feeds;

/// <summary>One-line, human-readable reasons for network failures: no stack traces, no inner-exception chains.</summary>
internal static class FetchError
{
    public static bool IsNetworkFailure(Exception ex) =>
        ex is HttpRequestException or IOException or AuthenticationException or InvalidDataException;

    public static string Describe(Uri url, Exception ex)
    {
        var endpoint = $"{url.Host}:{url.Port}";
        if (Find<SocketException>(ex) is { } socket)
            return socket.SocketErrorCode switch
            {
                SocketError.HostNotFound or SocketError.NoData or SocketError.TryAgain => $"DNS lookup failed: no address found for {url.Host}.",
                SocketError.ConnectionRefused => $"Connection refused by {endpoint}: nothing is listening there.",
                SocketError.TimedOut => $"Connecting to {endpoint} timed out.",
                SocketError.ConnectionReset or SocketError.ConnectionAborted => $"{endpoint} closed the connection.",
                _ => $"Network error talking to {endpoint}: {OneLine(socket.Message)}",
            };
        if (Find<AuthenticationException>(ex) is { } tls)
            return $"TLS handshake with {endpoint} failed: {OneLine(tls.Message)}";
        return ex switch
        {
            HttpRequestException { HttpRequestError: HttpRequestError.NameResolutionError } => $"DNS lookup failed: no address found for {url.Host}.",
            HttpRequestException { HttpRequestError: HttpRequestError.SecureConnectionError } => $"TLS handshake with {endpoint} failed.",
            HttpRequestException { HttpRequestError: HttpRequestError.ResponseEnded } => $"{endpoint} closed the connection before the response was complete.",
            HttpRequestException { HttpRequestError: HttpRequestError.InvalidResponse } => $"{endpoint} sent a response that is not valid HTTP.",
            InvalidDataException => $"{endpoint} sent a compressed body that could not be decompressed.",
            _ => $"Could not fetch from {endpoint}: {OneLine(ex.Message)}",
        };
    }

    private static T? Find<T>(Exception? ex)
        where T : Exception
    {
        for (; ex is not null; ex = ex.InnerException)
        {
            if (ex is T match)
                return match;
        }

        return null;
    }

    /// <summary>The first line only: later lines of framework messages are often stack frames.</summary>
    private static string OneLine(string text) => text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? string.Empty;
}
