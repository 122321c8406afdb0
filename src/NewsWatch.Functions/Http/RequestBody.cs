using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http;
using NewsWatch.Core;

namespace NewsWatch.Functions.Http;

/// <summary>Reads request bodies of at most 64 KiB: larger ones are refused with 413 before they fill memory.</summary>
public static class RequestBody
{
    public const int MaxBytes = 64 * 1024;

    // Unknown fields are refused: a misspelt "minscore" must not pass silently as "no minimum".
    private static readonly JsonSerializerOptions Strict = new(NewsWatchJson.Options) { UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow };

    public static async Task<Input<byte[]>> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentLength > MaxBytes)
            return Input.Invalid<byte[]>(Problems.TooLarge(MaxBytes));
        using var body = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (body.Length + read > MaxBytes)
                return Input.Invalid<byte[]>(Problems.TooLarge(MaxBytes));
            body.Write(chunk, 0, read);
        }

        return body.Length == 0
            ? Input.Invalid<byte[]>(Problems.BadRequest("The request needs a body."))
            : Input.Valid(body.ToArray());
    }

    public static async Task<Input<T>> ReadJsonAsync<T>(HttpRequest request, CancellationToken cancellationToken)
        where T : class
    {
        var body = await ReadAsync(request, cancellationToken);
        if (!body.IsValid)
            return Input.Invalid<T>(body.Problem);
        try
        {
            return JsonSerializer.Deserialize<T>(body.Value, Strict) is { } value
                ? Input.Valid(value)
                : Input.Invalid<T>(Problems.BadRequest("The body must be a JSON object."));
        }
        catch (JsonException ex)
        {
            var errors = new FieldErrors();
            errors.Add(Field(ex.Path), $"The body is not valid JSON here: {ex.Message}");
            return Input.Invalid<T>(errors.ToProblem());
        }
    }

    /// <summary>"$.events[0]" names the field "events"; "$" or nothing names the body itself ("").</summary>
    private static string Field(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$")
            return string.Empty;
        var field = path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');
        var end = field.IndexOfAny(['.', '[']);
        return end > 0 ? field[..end] : field;
    }
}
