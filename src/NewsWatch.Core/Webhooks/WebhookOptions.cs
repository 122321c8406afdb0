using System.ComponentModel.DataAnnotations;

namespace NewsWatch.Core.Webhooks;

/// <summary>How webhooks are sent (section <c>NewsWatch:Webhooks</c>).</summary>
public sealed class WebhookOptions : IValidatableObject
{
    /// <summary>Lets webhooks reach loopback and private addresses (never cloud metadata endpoints): for local development and tests only.</summary>
    public bool AllowPrivateNetworks { get; set; }

    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(15);

    private static readonly TimeSpan[] DefaultRetrySchedule =
    [
        TimeSpan.FromSeconds(5), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(30), TimeSpan.FromHours(2),
        TimeSpan.FromHours(5), TimeSpan.FromHours(10), TimeSpan.FromHours(10),
    ];

    /// <summary>
    /// Waits before each retry; a delivery is dead once it has failed one more time than there
    /// are entries. Unset means 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h. (Configuration binding
    /// appends to an array that has a default, so the default lives apart.)
    /// </summary>
    public TimeSpan[]? RetrySchedule { get; set; }

    public IReadOnlyList<TimeSpan> Retries => RetrySchedule is { Length: > 0 } configured ? configured : DefaultRetrySchedule;

    /// <summary>How long the previous secret keeps signing after a rotation.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "30.00:00:00")]
    public TimeSpan SecretRotationGrace { get; set; } = TimeSpan.FromHours(24);

    /// <summary>A subscription whose endpoint has failed every attempt for this long is disabled (never deleted).</summary>
    [Range(typeof(TimeSpan), "00:01:00", "365.00:00:00")]
    public TimeSpan DisableAfterFailingFor { get; set; } = TimeSpan.FromDays(3);

    /// <summary>
    /// At most this many deliveries per subscription in one cycle: a slow, failing endpoint
    /// with a large backlog then costs a bounded time (here 100 × 15 s ÷ 4 ≈ 6 min at worst),
    /// and its health is recorded every cycle; the rest wait for the next cycles.
    /// </summary>
    [Range(1, 10_000)]
    public int MaxDeliveriesPerSubscriptionPerCycle { get; set; } = 100;

    [Range(1, 64)]
    public int MaxConcurrencyPerSubscription { get; set; } = 4;

    /// <summary>The longest wait a receiver's Retry-After can impose on one delivery.</summary>
    public static TimeSpan MaxRetryAfter { get; } = TimeSpan.FromDays(1);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (RetrySchedule is { } schedule && schedule.Any(wait => wait <= TimeSpan.Zero || wait > TimeSpan.FromDays(7)))
            yield return new ValidationResult("NewsWatch:Webhooks:RetrySchedule entries must each be more than 0 and at most 7 days.", [nameof(RetrySchedule)]);
    }
}
