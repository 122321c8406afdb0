using Microsoft.AspNetCore.Mvc;

namespace NewsWatch.Functions.Http;

/// <summary>Collects every wrong field of a request, so one answer lists them all.</summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> errors = new(StringComparer.Ordinal);

    public bool Any => errors.Count > 0;

    public void Add(string field, string message)
    {
        if (!errors.TryGetValue(field, out var messages))
            errors[field] = messages = [];
        messages.Add(message);
    }

    public IActionResult ToProblem() => Problems.Validation(errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal));
}
