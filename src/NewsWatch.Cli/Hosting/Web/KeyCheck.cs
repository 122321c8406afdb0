using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using NewsWatch.Functions.Http;

namespace NewsWatch.Cli.Hosting.Web;

/// <summary>
/// What the Functions host and <see cref="KeyPlacement"/> check in Azure, for the local server:
/// a reader route takes the reader or the admin key (header, or <c>?code=</c>), an admin route
/// the admin key in the header only; the dashboard's files and the WebSub callback take none.
/// </summary>
internal static class KeyCheck
{
    /// <summary>The answer refusing the call, or null when the key opens the route.</summary>
    public static IActionResult? Refusal(FunctionRoute route, HttpRequest request, LocalKeys keys)
    {
        if (route.Role is ApiRole.Page or ApiRole.Hub)
            return null;
        if (KeyPlacement.Refusal(route.Name, request.Query) is { } misplaced)
            return misplaced;
        var key = request.Headers[FunctionKey.Header].FirstOrDefault()
            ?? request.Query.FirstOrDefault(p => FunctionKey.IsKey(p.Key)).Value.FirstOrDefault();
        var opens = keys.IsAdmin(key) || (route.Role == ApiRole.Reader && keys.IsReader(key));
        if (opens)
            return null;
        return key is null
            ? Problems.Unauthorized($"This route needs a key in the {FunctionKey.Header} header.")
            : Problems.Unauthorized(route.Role == ApiRole.Admin ? "This route needs the admin key." : "This key does not open this route.");
    }
}
