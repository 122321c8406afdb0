using System.Text;
using Microsoft.AspNetCore.Mvc;

namespace NewsWatch.Functions.Http;

/// <summary>A UTF-8 text body of a given media type (Atom, OPML), written straight to the response.</summary>
public sealed class TextResponse(string content, string contentType) : IActionResult
{
    public string Content => content;

    public async Task ExecuteResultAsync(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var response = context.HttpContext.Response;
        response.StatusCode = 200;
        response.ContentType = contentType + "; charset=utf-8";
        await response.Body.WriteAsync(Encoding.UTF8.GetBytes(content), context.HttpContext.RequestAborted);
    }
}
