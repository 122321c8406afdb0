using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using NewsWatch.Core.Pipeline;
using NewsWatch.Core.Storage;
using NewsWatch.Functions.Http;

namespace NewsWatch.Functions.Functions.Feeds;

/// <summary><c>DELETE /api/feeds?id=…</c> or <c>?url=…</c>: stops watching a feed.</summary>
public sealed class RemoveFeed(FeedStore feeds, FeedRemoval removal)
{
    [Function(nameof(RemoveFeed))]
    [Role(ApiRole.Admin)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "delete", Route = "feeds")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new FieldErrors();
        var query = new QueryReader(request.Query, errors);
        query.AllowOnly("id", "url");
        var id = query.Text("id", maxLength: 64);
        var url = request.Query.ContainsKey("url") ? FeedUrl.Parse(query.Text("url", maxLength: FeedUrl.MaxLength), "url", errors) : null;
        if (!errors.Any && (id is null) == (url is null))
            errors.Add(string.Empty, "Give exactly one of id and url.");
        if (errors.Any)
            return errors.ToProblem();
        var feed = id is not null ? await feeds.FindAsync(id, cancellationToken) : await feeds.FindByUrlAsync(url!, cancellationToken);
        if (feed is null || !await removal.RemoveAsync(feed.Id, cancellationToken))
            return Problems.NotFound($"No feed is watched with {(id is null ? "url" : "id")} '{id ?? url!.AbsoluteUri}'.");
        return new EmptyResponse(204);
    }
}
