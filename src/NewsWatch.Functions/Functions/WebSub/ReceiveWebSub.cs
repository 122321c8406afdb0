using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using NewsWatch.Core.WebSub;
using NewsWatch.Functions.Http;

namespace NewsWatch.Functions.Functions.WebSub;

/// <summary><c>POST /api/websub/{feedId}/{token}</c>: a hub pushes a feed's new content, signed; it is taken in at once.</summary>
public sealed class ReceiveWebSub(HubCallback callback)
{
    [Function(nameof(ReceiveWebSub))]
    [Role(ApiRole.Hub)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "websub/{feedId}/{token}")] HttpRequest request,
        string feedId,
        string token,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var signature = request.Headers[HubSignature.Header].ToString();
        return CallbackResponse.From(await callback.ReceiveAsync(feedId, token, request.Body, request.ContentType, signature, cancellationToken));
    }
}
