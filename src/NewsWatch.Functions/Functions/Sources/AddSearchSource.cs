using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using NewsWatch.Core.Sources;
using NewsWatch.Functions.Http;

namespace NewsWatch.Functions.Functions.Sources;

/// <summary><c>POST /api/sources/search</c>: watches a news search, one feed per engine.</summary>
public sealed class AddSearchSource(SearchSources sources)
{
    [Function(nameof(AddSearchSource))]
    [Role(ApiRole.Admin)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "sources/search")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var input = await RequestBody.ReadJsonAsync<SearchInput>(request, cancellationToken);
        if (!input.IsValid)
            return input.Problem;
        var errors = new FieldErrors();
        if (input.Value.Validate(errors) is not { } search)
            return errors.ToProblem();
        return SourceView.Answer(await sources.AddAsync(search.Query, search.Language, search.Engines, cancellationToken));
    }
}
