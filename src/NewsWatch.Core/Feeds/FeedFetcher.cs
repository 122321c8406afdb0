using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Options;

namespace NewsWatch.Core.Feeds;

/// <summary>Fetches one feed over HTTP (conditionally) or from a local file.</summary>
public sealed class FeedFetcher(IHttpClientFactory httpClients, IOptions<FeedOptions> options, TimeProvider time)
{
    public const string HttpClientName = "NewsWatch.Feeds";

    public async Task<FetchResult> FetchAsync(FeedRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Url.IsFile)
            return await ReadFileAsync(request.Url, cancellationToken);

        using var timeout = new CancellationTokenSource(options.Value.RequestTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            return await GetAsync(request, linked.Token);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return FetchResult.Failure($"No answer within {options.Value.RequestTimeout.TotalSeconds:0} s.");
        }
        catch (HttpRequestException ex)
        {
            return FetchResult.Failure($"Could not reach {request.Url.Host}: {ex.Message}");
        }
    }

    private async Task<FetchResult> GetAsync(FeedRequest request, CancellationToken cancellationToken)
    {
        using var message = new HttpRequestMessage(HttpMethod.Get, request.Url);
        if (request.ETag is { } etag && EntityTagHeaderValue.TryParse(etag, out var tag))
            message.Headers.IfNoneMatch.Add(tag);
        if (request.LastModified is { } lastModified && DateTimeOffset.TryParse(lastModified, out var since))
            message.Headers.IfModifiedSince = since;

        var client = httpClients.CreateClient(HttpClientName);
        using var response = await client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        return response.StatusCode switch
        {
            HttpStatusCode.NotModified => new FetchResult(FetchOutcome.NotModified),
            HttpStatusCode.Gone => new FetchResult(FetchOutcome.Gone) { Error = "The server says the feed is gone for good (410)." },
            HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable => RateLimited(response),
            _ when response.IsSuccessStatusCode => await ReadBodyAsync(response, cancellationToken),
            _ => FetchResult.Failure($"The server answered {(int)response.StatusCode} {response.ReasonPhrase}."),
        };
    }

    private FetchResult RateLimited(HttpResponseMessage response)
    {
        var retryAfter = response.Headers.RetryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - time.GetUtcNow(),
            _ => (TimeSpan?)null,
        };
        return new FetchResult(FetchOutcome.RateLimited)
        {
            RetryAfter = retryAfter,
            Error = $"The server asked us to slow down ({(int)response.StatusCode}).",
        };
    }

    private async Task<FetchResult> ReadBodyAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var limit = options.Value.MaxBodyBytes;
        if (response.Content.Headers.ContentLength > limit)
            return FetchResult.Failure($"The feed is larger than the {limit} byte limit.");

        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        var body = await ReadLimitedAsync(stream, limit, cancellationToken);
        if (body is null)
            return FetchResult.Failure($"The feed is larger than the {limit} byte limit.");

        return new FetchResult(FetchOutcome.Fetched)
        {
            Body = body,
            ContentType = response.Content.Headers.ContentType?.ToString(),
            ETag = response.Headers.ETag?.ToString(),
            LastModified = response.Content.Headers.LastModified?.ToString("R"),
            FinalUrl = response.RequestMessage?.RequestUri,
        };
    }

    private static async Task<byte[]?> ReadLimitedAsync(Stream stream, long limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
                return null;
            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private async Task<FetchResult> ReadFileAsync(Uri url, CancellationToken cancellationToken)
    {
        var path = url.LocalPath;
        if (!File.Exists(path))
            return FetchResult.Failure($"No such file: {path}");
        if (new FileInfo(path).Length > options.Value.MaxBodyBytes)
            return FetchResult.Failure($"The feed is larger than the {options.Value.MaxBodyBytes} byte limit.");
        var body = await File.ReadAllBytesAsync(path, cancellationToken);
        return new FetchResult(FetchOutcome.Fetched) { Body = body, FinalUrl = url };
    }
}
