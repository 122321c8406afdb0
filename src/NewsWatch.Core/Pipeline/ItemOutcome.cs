namespace NewsWatch.Core.Pipeline;

public enum ItemOutcome
{
    /// <summary>Already processed in an earlier cycle.</summary>
    Seen,

    /// <summary>Another feed carried the same link first; not classified again.</summary>
    Duplicate,

    /// <summary>New and classified, no alert.</summary>
    Classified,

    /// <summary>New, classified, and raised an alert.</summary>
    Alerted,
}
