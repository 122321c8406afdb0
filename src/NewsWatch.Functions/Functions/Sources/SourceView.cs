using NewsWatch.Core.Feeds;
using NewsWatch.Core.Sources;

namespace NewsWatch.Functions.Functions.Sources;

/// <summary>One engine's feed of a search, as the API answers it.</summary>
public sealed record SourceView(string Engine, bool IsNew, WatchedFeed Feed)
{
    public static SourceView Of(SearchSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return new SourceView(SearchEngines.ShortName(source.Engine), source.IsNew, source.Feed);
    }

    /// <summary>201 when anything was added, 200 when every feed was already watched.</summary>
    public static Microsoft.AspNetCore.Mvc.IActionResult Answer(IReadOnlyList<SearchSource> sources) =>
        sources.Any(s => s.IsNew)
            ? Http.JsonResponse.Created(sources.Select(Of).ToList(), "/api/feeds")
            : Http.JsonResponse.Ok(sources.Select(Of).ToList());
}
