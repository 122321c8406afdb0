using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using NewsWatch.Core.Sources;
using NewsWatch.Core.Sources.Packs;
using NewsWatch.Functions.Http;

namespace NewsWatch.Functions.Functions.Sources;

/// <summary><c>DELETE /api/sources/packs/{name}?langs=fr,de&amp;engines=google</c>: stops watching a pack's searches.</summary>
public sealed class RemoveQueryPack(SearchSources sources)
{
    [Function(nameof(RemoveQueryPack))]
    [Role(ApiRole.Admin)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "delete", Route = "sources/packs/{name}")] HttpRequest request,
        string name,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (QueryPacks.Find(name) is not { } pack)
            return Problems.NotFound($"No query pack is called '{name}': there are {string.Join(", ", QueryPacks.Names)}.");
        var errors = new FieldErrors();
        var query = new QueryReader(request.Query, errors);
        query.AllowOnly("langs", "engines");
        var input = new PackInput(List(query.Text("langs")), List(query.Text("engines")));
        if (errors.Any || input.Validate(pack, errors) is not { } choice)
            return errors.ToProblem();
        var removed = await sources.RemovePackAsync(pack, choice.Languages, choice.Engines, cancellationToken);
        return JsonResponse.Ok(new { Removed = removed.Count, Feeds = removed.Select(SourceView.Of).ToList() });
    }

    private static string[]? List(string? text) => text?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
