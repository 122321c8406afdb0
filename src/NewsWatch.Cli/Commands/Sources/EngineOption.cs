using System.CommandLine;
using NewsWatch.Core.Sources;

namespace NewsWatch.Cli.Commands.Sources;

/// <summary><c>--engines google,bing,gdelt</c>: which engines' feeds a search gets.</summary>
internal static class EngineOption
{
    private static readonly Dictionary<string, SearchEngine> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["google"] = SearchEngine.GoogleNews,
        ["bing"] = SearchEngine.BingNews,
        ["gdelt"] = SearchEngine.Gdelt,
    };

    public static Option<string?> Create() => new("--engines")
    {
        Description = "The engines to search, comma-separated: google, bing, gdelt (all three unless given).",
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
            if (!Names.TryGetValue(name, out var engine))
            {
                error = $"--engines takes google, bing and gdelt, not '{name}'.";
                return false;
            }

            chosen.Add(engine);
        }

        engines = chosen;
        return chosen.Count > 0 || Fail(out error);
    }

    private static bool Fail(out string error)
    {
        error = "--engines names no engine.";
        return false;
    }
}
