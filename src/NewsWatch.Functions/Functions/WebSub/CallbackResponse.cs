using Microsoft.AspNetCore.Mvc;
using NewsWatch.Core.WebSub;
using NewsWatch.Functions.Http;

namespace NewsWatch.Functions.Functions.WebSub;

/// <summary>A callback answer as HTTP: the challenge as plain text, refusals as problem details.</summary>
internal static class CallbackResponse
{
    public static IActionResult From(CallbackAnswer answer) => answer switch
    {
        { Status: 200, Text: { } challenge } => new TextResponse(challenge, "text/plain"),
        { IsSuccess: true } => new EmptyResponse(answer.Status),
        { Status: 404 } => Problems.NotFound(answer.Text ?? "No such subscription."),
        { Status: 403 } => Problems.Forbidden(answer.Text ?? "Refused."),
        { Status: 413 } => Problems.TooLarge(answer.Text ?? "Too large."),
        _ => Problems.BadRequest(answer.Text ?? "Bad request."),
    };
}
