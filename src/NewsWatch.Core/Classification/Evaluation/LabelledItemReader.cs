using System.Text.Json;
using System.Text.Json.Serialization;

namespace NewsWatch.Core.Classification.Evaluation;

/// <summary>Reads labelled JSONL: one item a line, blank lines skipped, a missing label or list read as absent or empty.</summary>
public static class LabelledItemReader
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        Converters = { new JsonStringEnumConverter() },
    };

    public static IEnumerable<LabelledItem> Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
                continue;
            yield return Parse(line, number);
        }
    }

    public static IReadOnlyList<LabelledItem> ReadFile(string path)
    {
        using var reader = new StreamReader(path);
        return [.. Read(reader)];
    }

    private static LabelledItem Parse(string line, int number)
    {
        try
        {
            var item = JsonSerializer.Deserialize<LabelledItem>(line, Options)
                ?? throw new InvalidDataException($"Line {number}: null item.");
            return item with
            {
                Summary = item.Summary ?? string.Empty,
                Content = item.Content ?? string.Empty,
                Label = item.Label is null ? null : item.Label with
                {
                    Events = item.Label.Events ?? [],
                    Orgs = item.Label.Orgs ?? [],
                    People = item.Label.People ?? [],
                    Teams = item.Label.Teams ?? [],
                },
            };
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"Line {number}: {e.Message}", e);
        }
    }
}
