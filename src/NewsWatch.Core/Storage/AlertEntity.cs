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

    public static AlertEntity From(Alert alert) => new()
    {
        PartitionKey = TableKey.Month(alert.CreatedAt),
        RowKey = TableKey.Encode(alert.Id),
        AlertId = alert.Id,
        CreatedAt = alert.CreatedAt,
        Event = alert.Event.ToString().ToLowerInvariant(),
        Score = alert.Score,
        Language = alert.Language,
        Title = alert.Title.Length > 1000 ? alert.Title[..1000] : alert.Title,
        Link = alert.Link?.AbsoluteUri,
        Json = JsonSerializer.Serialize(alert, NewsWatchJson.Storage),
    };

    public Alert ToAlert() => JsonSerializer.Deserialize<Alert>(Json, NewsWatchJson.Storage)
        ?? throw new InvalidDataException($"Alert row {PartitionKey}/{RowKey} holds no alert.");
}
