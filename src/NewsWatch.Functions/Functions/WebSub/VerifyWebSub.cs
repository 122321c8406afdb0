using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using NewsWatch.Core.WebSub;
using NewsWatch.Functions.Http;

namespace NewsWatch.Functions.Functions.WebSub;

/// <summary><c>GET /api/websub/{feedId}/{token}</c>: a hub verifies a subscription NewsWatch asked for (echoes hub.challenge).</summary>
public sealed class VerifyWebSub(HubCallback callback)
{
    [Function(nameof(VerifyWebSub))]
    [Role(ApiRole.Hub)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "websub/{feedId}/{token}")] HttpRequest request,
        string feedId,
        string token,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var query = request.Query.ToDictionary(pair => pair.Key, pair => (string?)pair.Value.ToString(), StringComparer.Ordinal);
        return CallbackResponse.From(await callback.VerifyAsync(feedId, token, query, cancellationToken));
    }
}
