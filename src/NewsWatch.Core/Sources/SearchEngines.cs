namespace NewsWatch.Core.Sources;

/// <summary>Which engine a URL belongs to, and how to name it to a person.</summary>
public static class SearchEngines
{
    /// <summary>Every host that serves an engine's search feeds.</summary>
    public static IReadOnlyList<string> Hosts { get; } = ["news.google.com", "www.bing.com", "bing.com", "api.gdeltproject.org"];

    /// <summary>
    /// The engine serving <paramref name="url"/>, by host alone, or null for any other site:
    /// the fetcher keeps a stricter politeness per engine host than per outlet, whatever the path.
    /// </summary>
    public static SearchEngine? Of(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!url.IsAbsoluteUri)
            return null;
        return url.Host.ToLowerInvariant() switch
        {
            "news.google.com" => SearchEngine.GoogleNews,
            "www.bing.com" or "bing.com" => SearchEngine.BingNews,
            "api.gdeltproject.org" => SearchEngine.Gdelt,
            _ => null,
        };
    }

    /// <summary>The name errors and listings show.</summary>
    public static string Name(SearchEngine engine) => engine switch
    {
        SearchEngine.GoogleNews => "Google News",
        SearchEngine.BingNews => "Bing News",
        SearchEngine.Gdelt => "GDELT",
        _ => throw new ArgumentOutOfRangeException(nameof(engine), engine, "Not a search engine NewsWatch knows."),
    };

    /// <summary>The short names users give engines by (CLI options, API fields).</summary>
    public static IReadOnlyList<string> ShortNames { get; } = ["google", "bing", "gdelt"];

    /// <summary>The engine a short name stands for (any case), or null.</summary>
    public static SearchEngine? FromShortName(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        "google" => SearchEngine.GoogleNews,
        "bing" => SearchEngine.BingNews,
        "gdelt" => SearchEngine.Gdelt,
        _ => null,
    };

    /// <summary>The short name of an engine.</summary>
    public static string ShortName(SearchEngine engine) => engine switch
    {
        SearchEngine.GoogleNews => "google",
        SearchEngine.BingNews => "bing",
        SearchEngine.Gdelt => "gdelt",
        _ => throw new ArgumentOutOfRangeException(nameof(engine), engine, "Not a search engine NewsWatch knows."),
    };
}
