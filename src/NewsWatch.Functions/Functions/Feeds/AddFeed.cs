using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using NewsWatch.Core.Storage;
using NewsWatch.Functions.Http;

namespace NewsWatch.Functions.Functions.Feeds;

/// <summary><c>POST /api/feeds</c>: watches a feed; 201 when new, 200 with the existing feed when it is already watched.</summary>
public sealed class AddFeed(FeedStore feeds)
{
    [Function(nameof(AddFeed))]
    [Role(ApiRole.Admin)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "feeds")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var input = await RequestBody.ReadJsonAsync<FeedInput>(request, cancellationToken);
        if (!input.IsValid)
            return input.Problem;
        var errors = new FieldErrors();
        if (input.Value.Validate(errors) is not { } feed)
            return errors.ToProblem();
        if (await feeds.FindByUrlAsync(feed.XmlUrl, cancellationToken) is { } existing)
            return JsonResponse.Ok(existing);
        var added = await feeds.AddAsync(feed.XmlUrl, feed.Title, feed.Language, cancellationToken);
        return JsonResponse.Created(added, "/api/feeds?id=" + Uri.EscapeDataString(added.Id));
    }
}
