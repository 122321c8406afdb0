using System.ComponentModel.DataAnnotations;

namespace NewsWatch.Core.Feeds.Politeness;

/// <summary>How hard NewsWatch may press one host: requests at once, and the least time between two starts.</summary>
public sealed class HostLimits
{
    [Range(1, 64)]
    public int MaxInFlight { get; set; } = 2;

    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan MinGap { get; set; } = TimeSpan.FromSeconds(1);
}
