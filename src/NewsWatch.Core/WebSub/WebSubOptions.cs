using System.ComponentModel.DataAnnotations;

namespace NewsWatch.Core.WebSub;

/// <summary>WebSub push (section <c>NewsWatch:WebSub</c>): off until hubs have a public address to call back.</summary>
public sealed class WebSubOptions : IValidatableObject
{
    /// <summary>
    /// Where hubs reach NewsWatch: the Functions app's <c>https://&lt;app&gt;.azurewebsites.net/api/websub</c>.
    /// Each subscription's callback is this, the feed's id and a token only that subscription knows.
    /// Unset, NewsWatch subscribes to no hub and polls every feed.
    /// </summary>
    public Uri? CallbackBaseUrl { get; set; }

    /// <summary>The lease asked of hubs; a hub may grant another, which is kept.</summary>
    [Range(typeof(TimeSpan), "00:05:00", "365.00:00:00")]
    public TimeSpan Lease { get; set; } = TimeSpan.FromDays(10);

    /// <summary>A lease ending within this is renewed at the feed's next poll.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00")]
    public TimeSpan RenewBefore { get; set; } = TimeSpan.FromDays(1);

    /// <summary>How often a feed whose hub pushes is still polled, in case a push is lost.</summary>
    [Range(typeof(TimeSpan), "00:05:00", "7.00:00:00")]
    public TimeSpan FallbackPollInterval { get; set; } = TimeSpan.FromHours(6);

    /// <summary>How long a hub has to verify a subscription it accepted; after that it counts as failed.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "1.00:00:00")]
    public TimeSpan VerifyWithin { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long after a failed or denied subscription NewsWatch asks the hub again.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00")]
    public TimeSpan RetryAfter { get; set; } = TimeSpan.FromHours(6);

    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>
    /// Subscribe only at https hubs: a subscription request carries the secret that signs pushes
    /// and the callback's token, which must not cross the network in the clear. Off only for a
    /// local hub.
    /// </summary>
    public bool RequireHttpsHubs { get; set; } = true;

    public bool IsEnabled => CallbackBaseUrl is not null;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (CallbackBaseUrl is { } url && (!url.IsAbsoluteUri || url.Scheme is not ("https" or "http") || !string.IsNullOrEmpty(url.Query)))
            yield return new ValidationResult("NewsWatch:WebSub:CallbackBaseUrl must be an absolute http(s) URL without a query.", [nameof(CallbackBaseUrl)]);
    }
}
