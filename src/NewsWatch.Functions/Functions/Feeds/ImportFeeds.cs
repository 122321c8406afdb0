using System.Xml;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using NewsWatch.Core.Feeds;
using NewsWatch.Core.Storage;
using NewsWatch.Functions.Http;

namespace NewsWatch.Functions.Functions.Feeds;

/// <summary><c>POST /api/feeds/import</c>: watches every feed of an OPML body (a feed reader's export); already watched ones are kept.</summary>
public sealed class ImportFeeds(FeedStore feeds)
{
    [Function(nameof(ImportFeeds))]
    [Role(ApiRole.Admin)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "feeds/import")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var body = await RequestBody.ReadAsync(request, cancellationToken);
        if (!body.IsValid)
            return body.Problem;
        IReadOnlyList<OpmlFeed> outlines;
        try
        {
            using var opml = new MemoryStream(body.Value);
            outlines = Opml.Read(opml);
        }
        catch (XmlException ex)
        {
            return Problems.BadRequest($"The body is not an OPML document: {ex.Message}");
        }

        var added = await feeds.ImportAsync(outlines, cancellationToken);
        return JsonResponse.Ok(new ImportResult(outlines.Count, added));
    }

    /// <param name="Found">Feeds the OPML listed.</param>
    /// <param name="Added">Of those, the ones not watched before.</param>
    public sealed record ImportResult(int Found, int Added);
}
