using System.Globalization;
using System.Net;
using Microsoft.Extensions.Options;
using NewsWatch.Core.Feeds.Politeness;

namespace NewsWatch.Core.Feeds;

/// <summary>
/// Fetches one feed over HTTP (conditionally, following redirects itself, each hop in its
/// host's turn: see <see cref="HostGate"/>) or from a local file.
/// </summary>
public sealed class FeedFetcher(IHttpClientFactory httpClients, IOptions<FeedOptions> options, HostGate gate, TimeProvider time)
{
    public const string HttpClientName = "NewsWatch.Feeds";

    /// <summary>Browsers and Miniflux stop at about this many hops; more usually means a loop.</summary>
    public const int MaxRedirects = 5;

    public async Task<FetchResult> FetchAsync(FeedRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var settings = options.Value;
        if (!request.Url.IsAbsoluteUri)
            return FetchResult.Failure($"Not an absolute URL or path: {request.Url}");
        if (request.Url.IsFile)
            return await LocalFeed.ReadAsync(request.Url, settings.MaxBodyBytes, cancellationToken);
        if (!IsHttp(request.Url))
            return FetchResult.Failure($"Cannot fetch a feed over {request.Url.Scheme}: only http, https and local files are supported.");

        // One deadline for the whole fetch (every hop, headers and body) so a server that
        // trickles bytes or never answers costs at most RequestTimeout. Waiting for a host's
        // turn is not the server's slowness: the deadline is paused meanwhile.
        using var timeout = new CancellationTokenSource(settings.RequestTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            return await FollowRedirectsAsync(request, new FetchDeadline(timeout, settings.RequestTimeout, time), linked.Token);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return FetchResult.Failure(string.Create(
                CultureInfo.InvariantCulture,
                $"Timed out: {request.Url.Host} did not send the whole feed within {settings.RequestTimeout.TotalSeconds:0.#} s."));
        }
        catch (Exception ex) when (FetchError.IsNetworkFailure(ex))
        {
            return FetchResult.Failure(FetchError.Describe(request.Url, ex));
        }
    }

    private async Task<FetchResult> FollowRedirectsAsync(FeedRequest request, FetchDeadline deadline, CancellationToken cancellationToken)
    {
        var client = httpClients.CreateClient(HttpClientName);
        var url = request.Url;
        var everyHopPermanent = true;
        for (var hop = 0; hop <= MaxRedirects; hop++)
        {
            using var lease = await deadline.PausedWhileAsync(() => gate.EnterAsync(url, request.NotAfter, cancellationToken));
            if (lease is null)
                return new FetchResult(FetchOutcome.Deferred) { Error = $"{url.Host} has no turn free in this cycle: the feed is polled next cycle." };
            using var response = await SendAsync(client, request, url, cancellationToken);
            if (!IsRedirect(response.StatusCode))
            {
                var result = KeepValidators(await FeedResponse.ToResultAsync(response, url, options.Value.MaxBodyBytes, time, cancellationToken), request);
                if (result is { Outcome: FetchOutcome.RateLimited, RetryAfter: { } retryAfter })
                    gate.SlowDown(url, retryAfter);
                // Only a move to a working feed is worth remembering: a 301 to a 404 is a broken
                // server, and storing its target would lose the address that may work again.
                var worksThere = result.Outcome is FetchOutcome.Fetched or FetchOutcome.NotModified;
                return hop > 0 && everyHopPermanent && worksThere ? result with { PermanentUrl = url } : result;
            }

            if (response.Headers.Location is not { } location)
                return FetchResult.Failure($"{url.Host} answered {(int)response.StatusCode} (redirect) without a Location header.");
            everyHopPermanent &= response.StatusCode is HttpStatusCode.MovedPermanently or HttpStatusCode.PermanentRedirect;
            url = new Uri(url, location);
            if (!IsHttp(url))
                return FetchResult.Failure($"{request.Url.Host} redirected to a non-HTTP address ({url.Scheme}:), which is not followed.");
        }

        return FetchResult.Failure($"Too many redirects: more than {MaxRedirects} hops starting at {request.Url}.");
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, FeedRequest request, Uri url, CancellationToken cancellationToken)
    {
        using var message = new HttpRequestMessage(HttpMethod.Get, url);
        // The validators go back exactly as the server sent them: a strict parse would drop
        // the unquoted ETags some servers send, and with them every 304.
        if (!string.IsNullOrWhiteSpace(request.ETag))
            message.Headers.TryAddWithoutValidation("If-None-Match", request.ETag);
        if (!string.IsNullOrWhiteSpace(request.LastModified))
            message.Headers.TryAddWithoutValidation("If-Modified-Since", request.LastModified);
        return await client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
    }

    /// <summary>
    /// A 304 often omits the validators; the ones we sent are still the current ones, and
    /// returning null would make the pipeline forget them and download the whole feed next time.
    /// </summary>
    private static FetchResult KeepValidators(FetchResult result, FeedRequest request) => result.Outcome == FetchOutcome.NotModified
        ? result with { ETag = result.ETag ?? request.ETag, LastModified = result.LastModified ?? request.LastModified }
        : result;

    private static bool IsRedirect(HttpStatusCode status) => status is HttpStatusCode.MovedPermanently
        or HttpStatusCode.Found or HttpStatusCode.SeeOther or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

    private static bool IsHttp(Uri url) => url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps;
}
