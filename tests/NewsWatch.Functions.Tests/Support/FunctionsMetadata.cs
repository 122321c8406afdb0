using System.Reflection;
using System.Text.Json;

namespace NewsWatch.Functions.Tests.Support;

/// <summary>
/// The <c>functions.metadata</c> the Functions SDK writes at build time: what the Functions host
/// really reads to create triggers, routes and auth levels, so the tests check that and not our source.
/// </summary>
public static class FunctionsMetadata
{
    public sealed record Entry(string Name, string EntryPoint, string Trigger, string? Route, IReadOnlyList<string> Methods, string? AuthLevel, string? Schedule);

    public static IReadOnlyList<Entry> Read()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Find()));
        return [.. document.RootElement.EnumerateArray().Select(ToFunction)];
    }

    /// <summary>Beside the tests when the build copied it there, else in the Functions project's output.</summary>
    public static string Find()
    {
        var candidates = new List<string> { Path.Combine(AppContext.BaseDirectory, "functions.metadata") };
        var output = typeof(FunctionsMetadata).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "FunctionsOutputPath")?.Value;
        if (!string.IsNullOrEmpty(output))
            candidates.Add(Path.Combine(output, "functions.metadata"));
        return candidates.FirstOrDefault(File.Exists)
            ?? throw new FileNotFoundException("No functions.metadata: build src/NewsWatch.Functions first. Looked in: " + string.Join(", ", candidates));
    }

    private static Entry ToFunction(JsonElement function)
    {
        var trigger = function.GetProperty("bindings").EnumerateArray()
            .Single(b => b.GetProperty("type").GetString()!.EndsWith("Trigger", StringComparison.Ordinal));
        return new Entry(
            function.GetProperty("name").GetString()!,
            function.GetProperty("entryPoint").GetString()!,
            trigger.GetProperty("type").GetString()!,
            String(trigger, "route"),
            trigger.TryGetProperty("methods", out var methods) ? [.. methods.EnumerateArray().Select(m => m.GetString()!.ToUpperInvariant())] : [],
            String(trigger, "authLevel"),
            String(trigger, "schedule"));
    }

    private static string? String(JsonElement binding, string name) => binding.TryGetProperty(name, out var value) ? value.GetString() : null;
}
