using Microsoft.AspNetCore.Mvc;

namespace NewsWatch.Functions.Http;

/// <summary>The API's error answers, all as <c>application/problem+json</c> (RFC 9457).</summary>
public static class Problems
{
    public const string MediaType = "application/problem+json";

    public static IActionResult Validation(IReadOnlyDictionary<string, string[]> errors) =>
        Create(400, "Bad Request", "rfc9110#section-15.5.1", "One or more fields are invalid; see errors.", errors);

    public static IActionResult BadRequest(string detail) => Create(400, "Bad Request", "rfc9110#section-15.5.1", detail);

    public static IActionResult Unauthorized(string detail) => Create(401, "Unauthorized", "rfc9110#section-15.5.2", detail);

    public static IActionResult Forbidden(string detail) => Create(403, "Forbidden", "rfc9110#section-15.5.4", detail);

    public static IActionResult NotFound(string detail) => Create(404, "Not Found", "rfc9110#section-15.5.5", detail);

    public static IActionResult TooLarge(int limit) =>
        Create(413, "Content Too Large", "rfc9110#section-15.5.14", $"The request body must be at most {limit / 1024} KiB.");

    public static IActionResult TooLarge(string detail) => Create(413, "Content Too Large", "rfc9110#section-15.5.14", detail);

    public static IActionResult Unavailable(string detail) => Create(503, "Service Unavailable", "rfc9110#section-15.6.4", detail);

    public static IActionResult Internal() => Internal("Something went wrong on our side; it has been logged.");

    public static IActionResult Internal(string detail) => Create(500, "Internal Server Error", "rfc9110#section-15.6.1", detail);

    private static JsonResponse Create(int status, string title, string section, string detail, IReadOnlyDictionary<string, string[]>? errors = null) =>
        new(status, new Problem(new Uri("https://www.rfc-editor.org/rfc/" + section), title, status, detail) { Errors = errors }, MediaType);
}
