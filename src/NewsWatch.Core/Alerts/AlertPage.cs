namespace NewsWatch.Core.Alerts;

/// <summary>One page of alerts, newest first, and the token for the next page (null on the last).</summary>
public sealed record AlertPage(IReadOnlyList<Alert> Alerts, string? ContinuationToken);
