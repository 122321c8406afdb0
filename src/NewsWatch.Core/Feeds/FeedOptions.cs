using System.ComponentModel.DataAnnotations;
using NewsWatch.Core.Feeds.Politeness;

namespace NewsWatch.Core.Feeds;

/// <summary>How feeds are fetched (section <c>NewsWatch:Feeds</c>).</summary>
public sealed class FeedOptions : IValidatableObject
{
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>The default of <see cref="MaxBodyBytes"/>.</summary>
    public const long DefaultMaxBodyBytes = 10 * 1024 * 1024;

    /// <summary>The largest feed body read, and the most a gzip body may inflate to.</summary>
    [Range(1024, 1024L * 1024 * 1024)]
    public long MaxBodyBytes { get; set; } = DefaultMaxBodyBytes;

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

    /// <summary>The most feed requests in flight at once, over all hosts.</summary>
    [Range(1, 64)]
    public int MaxParallelFeeds { get; set; } = 8;

    /// <summary>
    /// The shortest interval between two polls of a feed: what a new feed, a busy one and one
    /// that has just posted after a quiet spell get. Quieter feeds are polled less often (see
    /// <see cref="Pipeline.PollingPace"/>).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// The longest interval for a feed that publishes at least daily, whatever its rate: news
    /// from it should be heard within minutes, not hours.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan DailyFeedMaxInterval { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>The longest interval for any feed: one quiet for weeks, or one whose hints ask for more.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "30.00:00:00")]
    public TimeSpan MaxPollInterval { get; set; } = TimeSpan.FromHours(6);

    /// <summary>How hard any one host may be pressed, unless <see cref="HostOverrides"/> or <see cref="SearchEngines"/> says otherwise.</summary>
    public HostLimits Hosts { get; set; } = new();

    /// <summary>How hard a news search engine may be pressed: they throttle or send captchas to clients that poll fast.</summary>
    public HostLimits SearchEngines { get; set; } = new() { MaxInFlight = 1, MinGap = TimeSpan.FromSeconds(10) };

    /// <summary>The hosts <see cref="SearchEngines"/> applies to: the engines NewsWatch builds search feeds for, and any added here.</summary>
    public IList<string> SearchEngineHosts { get; } = [.. Sources.SearchEngines.Hosts];

    /// <summary>Limits for particular hosts, by host name (for example a partner's server that allows more).</summary>
    public IDictionary<string, HostLimits> HostOverrides { get; } = new Dictionary<string, HostLimits>(StringComparer.OrdinalIgnoreCase);

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

    /// <summary>The limits that apply to a host: its own, a search engine's, or the default.</summary>
    public HostLimits LimitsFor(string host) =>
        HostOverrides.TryGetValue(host, out var own) ? own
            : SearchEngineHosts.Contains(host, StringComparer.OrdinalIgnoreCase) ? SearchEngines
            : Hosts;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (MaxBackoff < PollInterval)
            yield return new ValidationResult("NewsWatch:Feeds:MaxBackoff must be at least NewsWatch:Feeds:PollInterval.", [nameof(MaxBackoff)]);
        if (MaxPollInterval < DailyFeedMaxInterval || DailyFeedMaxInterval < PollInterval)
            yield return new ValidationResult("NewsWatch:Feeds needs PollInterval <= DailyFeedMaxInterval <= MaxPollInterval.", [nameof(MaxPollInterval)]);
        foreach (var (name, limits) in HostOverrides.Select(pair => ($"HostOverrides:{pair.Key}", pair.Value)).Prepend(("SearchEngines", SearchEngines)).Prepend(("Hosts", Hosts)))
        {
            var results = new List<ValidationResult>();
            if (!Validator.TryValidateObject(limits, new ValidationContext(limits), results, validateAllProperties: true))
                yield return new ValidationResult($"NewsWatch:Feeds:{name}: {string.Join(" ", results.Select(r => r.ErrorMessage))}", [name]);
        }
    }
}
