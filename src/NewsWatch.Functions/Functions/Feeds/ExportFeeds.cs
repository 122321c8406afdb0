using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using NewsWatch.Core.Feeds;
using NewsWatch.Core.Storage;
using NewsWatch.Functions.Http;

namespace NewsWatch.Functions.Functions.Feeds;

/// <summary><c>GET /api/feeds/export</c>: the watched feeds as OPML, for a feed reader or another NewsWatch.</summary>
public sealed class ExportFeeds(FeedStore feeds)
{
    public const string MediaType = "text/x-opml";

    [Function(nameof(ExportFeeds))]
    [Role(ApiRole.Admin)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "feeds/export")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var all = await feeds.ListAsync(cancellationToken);
        var outlines = all.OrderBy(f => f.Url.AbsoluteUri, StringComparer.Ordinal)
            .Select(f => new OpmlFeed(f.Title ?? f.Url.Host, f.Url, f.Language));
        return new TextResponse(Opml.Write(outlines), MediaType);
    }
}
