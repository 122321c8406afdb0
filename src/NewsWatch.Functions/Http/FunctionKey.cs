using Microsoft.AspNetCore.Http;

namespace NewsWatch.Functions.Http;

/// <summary>Where the Functions host looks for a function key: the header first, else the <c>code</c> query parameter.</summary>
public static class FunctionKey
{
    public const string Header = "x-functions-key";

    public const string QueryParameter = "code";

    /// <summary>
    /// Whether a query parameter is the key. The host reads it through ASP.NET Core's query
    /// collection, which ignores case, so <c>?CODE=</c> is a key too and must be treated as one.
    /// </summary>
    public static bool IsKey(string queryParameter) => string.Equals(queryParameter, QueryParameter, StringComparison.OrdinalIgnoreCase);

    public static bool IsInUrl(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return query.Keys.Any(IsKey);
    }
}
