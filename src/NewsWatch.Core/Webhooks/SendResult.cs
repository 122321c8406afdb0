namespace NewsWatch.Core.Webhooks;

/// <summary>What one webhook attempt came to.</summary>
public sealed record SendResult(bool IsDelivered, int? Status, string? Error)
{
    /// <summary>The receiver answered 410: it wants no more deliveries.</summary>
    public bool IsGone => Status == 410;

    public TimeSpan? RetryAfter { get; init; }

    public static SendResult Failed(string error) => new(false, null, error);
}
