using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using NewsWatch.Core.Storage;
using NewsWatch.Functions.Http;

namespace NewsWatch.Functions.Functions.Alerts;

/// <summary>
/// <c>GET /api/alerts/feed</c>: the alerts as an Atom 1.0 feed, with the same filters as
/// <c>GET /api/alerts</c>. A reader route: feed readers subscribe with its own <c>reader</c> key as <c>?code=</c> in the URL.
/// </summary>
public sealed class GetAlertsFeed(AlertStore alerts, TimeProvider time)
{
    [Function(nameof(GetAlertsFeed))]
    [Role(ApiRole.Reader)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "alerts/feed")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var now = time.GetUtcNow();
        var query = AlertFilter.Read(request.Query, now);
        if (!query.IsValid)
            return query.Problem;
        var page = await alerts.QueryAsync(query.Value, cancellationToken);
        return new TextResponse(AtomFeed.Write(page.Alerts, Self(request), now), AtomFeed.MediaType);
    }

    // The function key stays out of the document: a feed is easily shared, its URL less so.
    private static Uri Self(HttpRequest request) =>
        new(UriHelper.BuildAbsolute(request.Scheme, request.Host, request.PathBase, request.Path, QueryString.Create(request.Query.Where(q => !FunctionKey.IsKey(q.Key)))));
}
