namespace NewsWatch.Core.Alerts;

/// <summary>What a report did to its story when it came in: the dashboard tells how a story grew from these.</summary>
public enum StoryGrowth
{
    /// <summary>The report that opened the story.</summary>
    Created,

    /// <summary>A later report of the same event.</summary>
    Joined,

    /// <summary>A later report that made the story's headline event more severe.</summary>
    Escalated,

    /// <summary>A later report below the alert threshold, listed as a source and changing nothing else.</summary>
    FollowUp,
}
