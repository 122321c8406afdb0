using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using NewsWatch.Core.Sources;
using NewsWatch.Core.Sources.Packs;
using NewsWatch.Functions.Http;

namespace NewsWatch.Functions.Functions.Sources;

/// <summary><c>POST /api/sources/packs/{name}</c>: watches every search of a built-in query pack.</summary>
public sealed class AddQueryPack(SearchSources sources)
{
    [Function(nameof(AddQueryPack))]
    [Role(ApiRole.Admin)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "sources/packs/{name}")] HttpRequest request,
        string name,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (QueryPacks.Find(name) is not { } pack)
            return Problems.NotFound($"No query pack is called '{name}': there are {string.Join(", ", QueryPacks.Names)}.");
        var input = request.ContentLength is 0 or null && !request.Headers.ContainsKey("Transfer-Encoding")
            ? null
            : await RequestBody.ReadJsonAsync<PackInput>(request, cancellationToken);
        if (input is { IsValid: false })
            return input.Problem;
        var errors = new FieldErrors();
        if ((input?.Value ?? new PackInput(null, null)).Validate(pack, errors) is not { } choice)
            return errors.ToProblem();
        return SourceView.Answer(await sources.AddPackAsync(pack, choice.Languages, choice.Engines, cancellationToken));
    }
}
