using System.Net;
using System.Net.Http.Headers;

namespace NewsWatch.Core.Feeds;

/// <summary>Turns the final (non-redirect) HTTP response into the facts the polling pipeline acts on.</summary>
internal static class FeedResponse
{
    public static async Task<FetchResult> ToResultAsync(
        HttpResponseMessage response, Uri url, long maxBodyBytes, TimeProvider time, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        return response.StatusCode switch
        {
            HttpStatusCode.NotModified => WithValidators(new FetchResult(FetchOutcome.NotModified) { FinalUrl = url }, response, time),
            HttpStatusCode.Gone => new FetchResult(FetchOutcome.Gone) { FinalUrl = url, Error = $"{url.Host} says the feed is gone for good (410 Gone)." },
            HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable => new FetchResult(FetchOutcome.RateLimited)
            {
                FinalUrl = url,
                RetryAfter = RetryAfter(response.Headers.RetryAfter, time),
                Error = $"{url.Host} asked us to slow down ({status} {response.ReasonPhrase}).",
            },
            _ when response.IsSuccessStatusCode => await ReadBodyAsync(response, url, maxBodyBytes, time, cancellationToken),
            _ => FetchResult.Failure($"{url.Host} answered HTTP {status} {response.ReasonPhrase}.") with { FinalUrl = url },
        };
    }

    /// <summary>Retry-After is either delta seconds or an HTTP date; a date in the past means "now".</summary>
    public static TimeSpan? RetryAfter(RetryConditionHeaderValue? header, TimeProvider time) => header switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date > time.GetUtcNow() ? date - time.GetUtcNow() : TimeSpan.Zero,
        _ => null,
    };

    private static async Task<FetchResult> ReadBodyAsync(HttpResponseMessage response, Uri url, long maxBodyBytes, TimeProvider time, CancellationToken cancellationToken)
    {
        if (response.Content.Headers.ContentLength > maxBodyBytes)
            return FetchResult.Failure(BodyLimit.TooLarge(maxBodyBytes));

        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        var body = await BodyLimit.ReadAsync(stream, maxBodyBytes, cancellationToken);
        if (body is null)
            return FetchResult.Failure(BodyLimit.TooLarge(maxBodyBytes));

        var result = new FetchResult(FetchOutcome.Fetched)
        {
            Body = body,
            ContentType = response.Content.Headers.ContentType?.ToString(),
            FinalUrl = url,
        };
        return WithValidators(result, response, time);
    }

    private static FetchResult WithValidators(FetchResult result, HttpResponseMessage response, TimeProvider time) => result with
    {
        ETag = RawHeader(response.Headers, "ETag"),
        LastModified = RawHeader(response.Content.Headers, "Last-Modified"),
        FreshFor = FreshFor(response, time),
        Hubs = response.Headers.NonValidated.TryGetValues("Link", out var links) ? WebSub.HubLinks.FromHeaders(links) : WebSub.HubLinks.None,
    };

    /// <summary>max-age wins over Expires (RFC 9111, 5.3); Expires counts from the server's Date where it sent one.</summary>
    public static TimeSpan? FreshFor(HttpResponseMessage response, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (response.Headers.CacheControl is { MaxAge: { } maxAge })
            return maxAge > TimeSpan.Zero ? maxAge : null;
        var expires = response.Content.Headers.Expires;
        var left = expires - (response.Headers.Date ?? time.GetUtcNow());
        return left > TimeSpan.Zero ? left : null;
    }

    private static string? RawHeader(HttpHeaders headers, string name) =>
        headers.NonValidated.TryGetValues(name, out var values) ? values.ToString() : null;
}
