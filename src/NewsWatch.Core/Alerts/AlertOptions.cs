using System.ComponentModel.DataAnnotations;

namespace NewsWatch.Core.Alerts;

/// <summary>Section <c>NewsWatch:Alerts</c>.</summary>
public sealed class AlertOptions
{
    /// <summary>
    /// Reports published this close to a story's first report (either side) can join it instead
    /// of raising another alert; times are publication times (see <see cref="ReportTime"/>).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "90.00:00:00")]
    public TimeSpan StoryWindow { get; set; } = TimeSpan.FromDays(10);

    /// <summary>
    /// Items first seen longer than this after they were published are stored and classified
    /// but raise no alert: a backfilled archive or a feed that resurfaces old items is old news.
    /// </summary>
    [Range(typeof(TimeSpan), "01:00:00", "3650.00:00:00")]
    public TimeSpan MaxAge { get; set; } = TimeSpan.FromDays(14);

    /// <summary>
    /// A report scoring below the alert threshold but at least this, with an event, joins an open
    /// story that it names the same person of, by full name, or the same kind of team at the same
    /// lab with events that fit (a follow-up that never says "AI"), and never opens one: no alert
    /// is raised on it alone. 1 turns joining off.
    /// </summary>
    [Range(0.0, 1.0)]
    public double JoinMinScore { get; set; } = 0.1;
}
