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

    /// <summary>
    /// For JSON kept in table columns: accents and quotes written as themselves rather than
    /// six-character escapes, so that a French or German alert stays well inside a column's limit.
    /// Never used for output a browser renders.
    /// </summary>
    public static JsonSerializerOptions Storage { get; } = Create(writeIndented: false, System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping);

    private static JsonSerializerOptions Create(bool writeIndented, System.Text.Encodings.Web.JavaScriptEncoder? encoder = null)
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            WriteIndented = writeIndented,
            Encoder = encoder,
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
