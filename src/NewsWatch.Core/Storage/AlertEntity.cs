using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using NewsWatch.Core.Alerts;
using NewsWatch.Core.Classification;

namespace NewsWatch.Core.Storage;

/// <summary>
/// A row of the Alerts table: PartitionKey the month, RowKey the alert id (newest-first ticks, then a hash),
/// so the latest alerts are the first rows of the latest partition.
/// </summary>
internal sealed class AlertEntity : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;
    public string RowKey { get; set; } = string.Empty;
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string AlertId { get; set; } = string.Empty;
    public DateTimeOffset CreatedAt { get; set; }
    public string Event { get; set; } = string.Empty;
    public double Score { get; set; }
    public string Language { get; set; } = string.Empty;
    public string Title { get; set; } = string.Empty;
    public string? Link { get; set; }

    /// <summary>The whole alert as JSON: lists and evidence have no native column type.</summary>
    public string Json { get; set; } = string.Empty;

    // The Title and Link columns serve filters and people reading the table; the alert itself is in Json.
    private const int MaxTitle = 1_000;
    private const int MaxLink = 4_096;

    public static AlertEntity From(Alert alert) => new()
    {
        PartitionKey = TableKey.Month(alert.CreatedAt),
        RowKey = TableKey.Encode(alert.Id),
        AlertId = alert.Id,
        CreatedAt = alert.CreatedAt,
        Event = alert.Event.ToString().ToLowerInvariant(),
        Score = alert.Score,
        Language = TableText.Fit(alert.Language, 100),
        Title = TableText.Fit(alert.Title, MaxTitle),
        Link = TableText.WholeOrNone(alert.Link?.AbsoluteUri, MaxLink),
        Json = FittedJson(alert),
    };

    /// <summary>
    /// The alert as JSON that fits one column. Its texts are bounded already; what can still
    /// grow is the list of sources, so the last-listed ones are counted instead of listed
    /// until it fits, as <see cref="Alert.Joined"/> does past its maximum.
    /// </summary>
    private static string FittedJson(Alert alert)
    {
        var json = JsonSerializer.Serialize(alert, NewsWatchJson.Storage);
        while (json.Length > TableText.MaxProperty && alert.Sources.Count > 1)
        {
            alert = alert with { Sources = alert.Sources.Take(alert.Sources.Count - 1).ToArray(), LaterSources = alert.LaterSources + 1 };
            json = JsonSerializer.Serialize(alert, NewsWatchJson.Storage);
        }

        return json;
    }

    public Alert ToAlert() => JsonSerializer.Deserialize<Alert>(Json, NewsWatchJson.Storage)
        ?? throw new InvalidDataException($"Alert row {PartitionKey}/{RowKey} holds no alert.");
}
