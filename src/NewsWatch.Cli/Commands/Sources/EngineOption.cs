using System.CommandLine;
using NewsWatch.Core.Sources;

namespace NewsWatch.Cli.Commands.Sources;

/// <summary><c>--engines google,bing,gdelt</c>: which engines' feeds a search gets.</summary>
internal static class EngineOption
{
    public static Option<string?> Create() => new("--engines")
    {
        Description = $"The engines to search, comma-separated: {string.Join(", ", SearchEngines.ShortNames)} (all unless given).",
    };

    /// <summary>The engines named, or every engine when none are; false with the reason for a name no engine has.</summary>
    public static bool TryParse(string? value, out IReadOnlyList<SearchEngine> engines, out string error)
    {
        error = string.Empty;
        engines = SearchSources.AllEngines;
        if (string.IsNullOrWhiteSpace(value))
            return true;
        var chosen = new List<SearchEngine>();
        foreach (var name in value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (SearchEngines.FromShortName(name) is not { } engine)
            {
                error = $"--engines takes {string.Join(", ", SearchEngines.ShortNames)}, not '{name}'.";
                return false;
            }

            chosen.Add(engine);
        }

        engines = chosen;
        return true;
    }
}
