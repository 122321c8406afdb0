using Azure;
using Azure.Data.Tables;

namespace NewsWatch.Core.Storage;

/// <summary>
/// A row of the Stories table: PartitionKey one named person, team or organisation (see
/// <see cref="Alerts.StoryKey"/>), RowKey an alert id. A new report reads its entities'
/// partitions, within its story window, to find the story it belongs to; the row carries what
/// deciding needs, so no alert is read that does not fit.
/// </summary>
internal sealed class StoryEntity : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;
    public string RowKey { get; set; } = string.Empty;
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    /// <summary>When the story's first report was published (see <see cref="Alerts.ReportTime"/>).</summary>
    public DateTimeOffset StoryTime { get; set; }

    /// <summary>The story's events so far, comma-separated ("dissolution,departure").</summary>
    public string Events { get; set; } = string.Empty;

    /// <summary>The story's content anchors, space-separated (see <see cref="Alerts.ContentAnchors"/>).</summary>
    public string Anchors { get; set; } = string.Empty;

    /// <summary>Every key the story is filed under, ';'-separated partitions (see <see cref="Alerts.StoryKey.Partition"/>); empty in rows filed before stories kept them.</summary>
    public string Keys { get; set; } = string.Empty;
}
