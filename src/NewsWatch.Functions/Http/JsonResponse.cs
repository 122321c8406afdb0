using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using NewsWatch.Core;

namespace NewsWatch.Functions.Http;

/// <summary>
/// A JSON body in NewsWatch's one JSON shape (camelCase, lower-case enums), written straight
/// to the response: it needs no MVC formatter, so it runs the same in the worker and in tests.
/// </summary>
public sealed class JsonResponse(int statusCode, object value, string contentType = "application/json") : IActionResult
{
    public int StatusCode => statusCode;

    public object Value => value;

    public IDictionary<string, string> Headers { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    public static JsonResponse Ok(object value) => new(200, value);

    public static JsonResponse Created(object value, string location)
    {
        var created = new JsonResponse(201, value);
        created.Headers["Location"] = location;
        return created;
    }

    public async Task ExecuteResultAsync(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var response = context.HttpContext.Response;
        response.StatusCode = statusCode;
        response.ContentType = contentType + "; charset=utf-8";
        foreach (var (name, header) in Headers)
            response.Headers[name] = header;
        await JsonSerializer.SerializeAsync(response.Body, value, value.GetType(), NewsWatchJson.Options, context.HttpContext.RequestAborted);
    }
}
