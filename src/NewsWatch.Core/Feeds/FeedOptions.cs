using System.ComponentModel.DataAnnotations;

namespace NewsWatch.Core.Feeds;

/// <summary>How feeds are fetched (section <c>NewsWatch:Feeds</c>).</summary>
public sealed class FeedOptions : IValidatableObject
{
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>The largest feed body read, and the most a gzip body may inflate to.</summary>
    [Range(1024, 1024L * 1024 * 1024)]
    public long MaxBodyBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>
    /// How long reading one feed body may take. Parsing is linear, so an honest feed at the body
    /// limit needs a fraction of this; a feed that still runs over is recorded as failed and
    /// backs off, and the rest of the cycle goes on.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan ParseTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long one poll cycle may keep starting feeds; feeds not started by then stay due and
    /// go first next cycle. In-flight polls still finish, each bounded by its request timeout.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan CycleBudget { get; set; } = TimeSpan.FromMinutes(4);

    [Range(1, 64)]
    public int MaxParallelFeeds { get; set; } = 8;

    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(5);

    [Range(typeof(TimeSpan), "00:00:01", "30.00:00:00")]
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromHours(6);

    /// <summary>
    /// Lets feeds be fetched from loopback and private addresses: on for a local install (an
    /// intranet feed, a test server), off in Azure so that a feed, its redirects or a page's
    /// advertised feed cannot reach the app's internal network. Cloud metadata and platform
    /// endpoints are refused either way (see <see cref="Network.OutboundGuard.IsAllowed"/>).
    /// </summary>
    public bool AllowPrivateNetworks { get; set; } = true;

    public string UserAgent { get; set; } = "NewsWatch/1.0 (AI-safety news monitor; +https://github.com/newswatch/newswatch)";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (MaxBackoff < PollInterval)
            yield return new ValidationResult("NewsWatch:Feeds:MaxBackoff must be at least NewsWatch:Feeds:PollInterval.", [nameof(MaxBackoff)]);
    }
}
