using NewsWatch.Core.Sources;
using NewsWatch.Functions.Http;

namespace NewsWatch.Functions.Functions.Sources;

/// <summary>An <c>engines</c> field: short engine names; every engine when absent.</summary>
public static class EngineField
{
    public static IReadOnlyList<SearchEngine> Parse(IReadOnlyList<string>? names, FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (names is null)
            return SearchSources.AllEngines;
        var engines = new List<SearchEngine>();
        foreach (var name in names)
        {
            if (SearchEngines.FromShortName(name) is { } engine)
                engines.Add(engine);
            else
                errors.Add("engines", $"'{name}' is not an engine: use {string.Join(", ", SearchEngines.ShortNames)}.");
        }

        if (names.Count == 0)
            errors.Add("engines", "engines names no engine: leave it out for every engine.");
        return engines;
    }
}
