namespace NewsWatch.Core.Sources;

/// <summary>The news-search engines a source can be instead of a feed URL.</summary>
public enum SearchEngine
{
    /// <summary>Google News's RSS search: headlines only, behind opaque redirect links.</summary>
    GoogleNews,

    /// <summary>Bing News's RSS search: headlines and snippets, behind redirect links that name the article.</summary>
    BingNews,

    /// <summary>The GDELT Project's DOC 2.0 API: headlines with the article's own link, as JSON.</summary>
    Gdelt,
}
