using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;

namespace NewsWatch.Functions.Tests.Support;

/// <summary>
/// A real ASP.NET Core request (method, path, query, body stream) for a function, and its
/// answer once the function's result has written the response, as the worker would.
/// </summary>
public sealed class HttpCall
{
    private readonly DefaultHttpContext context = new();

    private HttpCall(string method, string path, string query)
    {
        context.Request.Method = method;
        context.Request.Scheme = "http";
        context.Request.Host = new HostString("localhost", 7071);
        context.Request.Path = path;
        context.Request.QueryString = new QueryString(query.Length == 0 || query.StartsWith('?') ? query : "?" + query);
        context.Response.Body = new MemoryStream();
    }

    public HttpRequest Request => context.Request;

    public static HttpCall Get(string path, string query = "") => new("GET", path, query);

    public static HttpCall Delete(string path, string query = "") => new("DELETE", path, query);

    public static HttpCall Post(string path, string? body = null, string contentType = "application/json", string query = "") =>
        new HttpCall("POST", path, query).WithBody(body is null ? [] : Encoding.UTF8.GetBytes(body), contentType, sendLength: true);

    public static HttpCall PostJson(string path, object body) => Post(path, JsonSerializer.Serialize(body, NewsWatch.Core.NewsWatchJson.Options));

    /// <summary>The request's body; without <paramref name="sendLength"/> it comes with no Content-Length (as chunked), so only reading it tells its size.</summary>
    public HttpCall WithBody(byte[] body, string contentType, bool sendLength)
    {
        ArgumentNullException.ThrowIfNull(body);
        context.Request.Body = new MemoryStream(body);
        context.Request.ContentType = contentType;
        context.Request.ContentLength = sendLength ? body.Length : null;
        return this;
    }

    public async Task<HttpAnswer> AnswerAsync(Task<IActionResult> function)
    {
        ArgumentNullException.ThrowIfNull(function);
        var result = await function;
        await result.ExecuteResultAsync(new ActionContext(context, new RouteData(), new ActionDescriptor()));
        var body = Encoding.UTF8.GetString(((MemoryStream)context.Response.Body).ToArray());
        return new HttpAnswer(context.Response.StatusCode, context.Response.ContentType, body, context.Response.Headers);
    }
}

public sealed record HttpAnswer(int Status, string? ContentType, string Body, IHeaderDictionary Headers)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    /// <summary>The messages a validation problem lists for one field.</summary>
    public IReadOnlyList<string> ErrorsFor(string field) =>
        Json.TryGetProperty("errors", out var errors) && errors.TryGetProperty(field, out var messages)
            ? [.. messages.EnumerateArray().Select(m => m.GetString()!)]
            : [];
}
