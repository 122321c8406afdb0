using System.ComponentModel.DataAnnotations;

namespace NewsWatch.Core.Alerts;

/// <summary>Section <c>NewsWatch:Alerts</c>.</summary>
public sealed class AlertOptions
{
    /// <summary>Reports of the same event this close to an alert's creation join it instead of raising another.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "90.00:00:00")]
    public TimeSpan StoryWindow { get; set; } = TimeSpan.FromDays(10);
}
