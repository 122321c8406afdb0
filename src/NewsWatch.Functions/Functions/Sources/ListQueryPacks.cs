using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using NewsWatch.Core.Sources.Packs;
using NewsWatch.Functions.Http;

namespace NewsWatch.Functions.Functions.Sources;

/// <summary><c>GET /api/sources/packs</c>: the built-in query packs and their queries per language.</summary>
public sealed class ListQueryPacks
{
    [Function(nameof(ListQueryPacks))]
    [Role(ApiRole.Admin)]
    public IActionResult Run([HttpTrigger(AuthorizationLevel.Function, "get", Route = "sources/packs")] HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return JsonResponse.Ok(QueryPacks.BuiltIn.Select(pack => new
        {
            pack.Name,
            pack.Description,
            Queries = pack.Languages.ToDictionary(lang => lang, lang => pack.QueriesFor(lang).Select(query => query.Text).ToList()),
        }).ToList());
    }
}
