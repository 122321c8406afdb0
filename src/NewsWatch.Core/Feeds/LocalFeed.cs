namespace NewsWatch.Core.Feeds;

/// <summary>A feed read from a local path or file:// URL, with the same size limit as HTTP.</summary>
internal static class LocalFeed
{
    public static async Task<FetchResult> ReadAsync(Uri url, long maxBodyBytes, CancellationToken cancellationToken)
    {
        var path = url.LocalPath;
        if (!File.Exists(path))
            return FetchResult.Failure($"No such file: {path}");
        try
        {
            await using var stream = File.OpenRead(path);
            var body = await BodyLimit.ReadAsync(stream, maxBodyBytes, cancellationToken);
            return body is null
                ? FetchResult.Failure(BodyLimit.TooLarge(maxBodyBytes))
                : new FetchResult(FetchOutcome.Fetched) { Body = body, FinalUrl = url };
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return FetchResult.Failure($"Cannot read {path}: {ex.Message}");
        }
    }
}
