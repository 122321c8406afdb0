using System.Text.Json;
using System.Text.Json.Serialization;

namespace NewsWatch.Core;

/// <summary>
/// The one JSON shape NewsWatch speaks everywhere: camelCase, enums as lower-case strings
/// spelt as the CLI and API accept them back (<c>cloudevents</c>, <c>departure</c>).
/// </summary>
public static class NewsWatchJson
{
    public static JsonSerializerOptions Options { get; } = Create(writeIndented: false);

    public static JsonSerializerOptions Indented { get; } = Create(writeIndented: true);

    private static JsonSerializerOptions Create(bool writeIndented)
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            WriteIndented = writeIndented,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        };
        options.Converters.Add(new JsonStringEnumConverter(new LowerCaseNamingPolicy()));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}

/// <summary>Enum names in lower case, with no separators added.</summary>
internal sealed class LowerCaseNamingPolicy : JsonNamingPolicy
{
    public override string ConvertName(string name) => name.ToLowerInvariant();
}
