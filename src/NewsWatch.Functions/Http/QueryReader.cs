using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace NewsWatch.Functions.Http;

/// <summary>Reads query parameters one by one, recording in <see cref="FieldErrors"/> each that is malformed or unknown.</summary>
public sealed class QueryReader(IQueryCollection query, FieldErrors errors)
{
    public string? Text(string name, int maxLength = 200)
    {
        if (!query.TryGetValue(name, out var values))
            return null;
        if (values.Count != 1 || string.IsNullOrWhiteSpace(values[0]))
        {
            errors.Add(name, $"{name} must be given once, not empty.");
            return null;
        }

        var text = values[0]!.Trim();
        if (text.Length <= maxLength)
            return text;
        errors.Add(name, $"{name} must be at most {maxLength} characters.");
        return null;
    }

    public DateTimeOffset? Time(string name)
    {
        if (Text(name) is not { } text)
            return null;
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time))
            return time;
        errors.Add(name, $"{name} must be an ISO 8601 time such as 2026-05-01T00:00:00Z.");
        return null;
    }

    public int? WholeNumber(string name, int min, int max)
    {
        if (Text(name) is not { } text)
            return null;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
            return value;
        errors.Add(name, $"{name} must be a whole number from {min} to {max}.");
        return null;
    }

    /// <summary>
    /// Refuses parameters the route does not know, so a misspelt filter is not silently ignored.
    /// The function key (<c>code</c>, any case) is the host's, not ours; whether a route takes it
    /// in the URL at all is <see cref="KeyPlacement"/>'s decision.
    /// </summary>
    public void AllowOnly(params string[] names)
    {
        foreach (var key in query.Keys.Where(key => !FunctionKey.IsKey(key) && !names.Contains(key, StringComparer.Ordinal)))
            errors.Add(key, $"Unknown query parameter '{key}': use {(names.Length == 0 ? "none" : string.Join(", ", names))}.");
    }

    /// <summary>For a route that takes no query parameters: the problem naming those sent, or null when there are none.</summary>
    public static IActionResult? RefuseAny(IQueryCollection query)
    {
        var errors = new FieldErrors();
        new QueryReader(query, errors).AllowOnly();
        return errors.Any ? errors.ToProblem() : null;
    }
}
