using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using NewsWatch.Core.Feeds;
using NewsWatch.Core.Pipeline;
using NewsWatch.Core.Storage;

namespace NewsWatch.Core.WebSub;

/// <summary>
/// The subscriber's side of WebSub, host-agnostic: hubs verify intent with a GET (W3C WebSub, 5.3)
/// and deliver content with a signed POST (7). A request whose feed or token is unknown changes
/// nothing and learns nothing; a push that is unsigned or wrongly signed is refused with no item
/// taken in, and recorded on the subscription; a signed push is taken in at once, so its alerts
/// go out in the next delivery cycle.
/// </summary>
public sealed class HubCallback(
    HubSubscriptionStore subscriptions,
    FeedStore feeds,
    FeedParser parser,
    FeedIntake intake,
    IOptions<FeedOptions> feedOptions,
    IOptions<WebSubOptions> webSubOptions,
    TimeProvider time)
{
    /// <summary>A challenge is echoed back whole; a hub has no reason to send more than this.</summary>
    public const int MaxChallengeLength = 1_024;

    private static readonly TimeSpan ShortestLease = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan LongestLease = TimeSpan.FromDays(365);

    /// <summary>Answers a hub's verification of intent: the challenge for a request NewsWatch made, else 404.</summary>
    public async Task<CallbackAnswer> VerifyAsync(string feedId, string token, IReadOnlyDictionary<string, string?> query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (await FindAsync(feedId, token, cancellationToken) is not { } subscription)
            return CallbackAnswer.NotFound("No such subscription.");
        var mode = query.GetValueOrDefault("hub.mode");
        if (!Uri.TryCreate(query.GetValueOrDefault("hub.topic"), UriKind.Absolute, out var topic) || topic != subscription.Topic)
            return CallbackAnswer.NotFound("The topic is not the one this subscription asked for.");
        if (mode == "denied")
            return await DenyAsync(subscription, query.GetValueOrDefault("hub.reason"), cancellationToken);

        var challenge = query.GetValueOrDefault("hub.challenge");
        if (string.IsNullOrEmpty(challenge) || challenge.Length > MaxChallengeLength)
            return CallbackAnswer.BadRequest($"hub.challenge must be 1 to {MaxChallengeLength} characters.");
        return mode switch
        {
            "subscribe" when IsAwaitingVerification(subscription) => await ConfirmAsync(subscription, query.GetValueOrDefault("hub.lease_seconds"), challenge, cancellationToken),
            "unsubscribe" when subscription.State == HubState.Unsubscribing => await ForgetAsync(subscription, challenge, cancellationToken),
            _ => CallbackAnswer.NotFound($"NewsWatch did not ask to {mode ?? "(no hub.mode)"} this subscription."),
        };
    }

    /// <summary>Takes in a hub's push of the feed's new content, if it is signed with the subscription's secret.</summary>
    public async Task<CallbackAnswer> ReceiveAsync(string feedId, string token, Stream content, string? contentType, string? signature, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (await FindAsync(feedId, token, cancellationToken) is not { State: HubState.Active or HubState.Requested } subscription)
            return CallbackAnswer.NotFound("No such subscription.");
        if (await BodyLimit.ReadAsync(content, feedOptions.Value.MaxBodyBytes, cancellationToken) is not { } body)
            return CallbackAnswer.TooLarge($"A push may be at most {BodyLimit.Describe(feedOptions.Value.MaxBodyBytes)}.");
        if (HubSignature.Refusal(signature, body, subscription.Secret) is { } refusal)
        {
            // Nothing is taken in; the refusal is only noted where the feed's push state is shown.
            await subscriptions.UpdateAsync(feedId, fresh => fresh with { LastError = refusal }, cancellationToken);
            return CallbackAnswer.Refused(refusal);
        }

        if (await feeds.FindAsync(feedId, cancellationToken) is not { IsEnabled: true } feed)
            return CallbackAnswer.NotFound("The feed is no longer watched.");
        var now = time.GetUtcNow();
        var parsed = parser.Parse(feed.Id, subscription.Topic, body, contentType, cancellationToken);
        if (!parsed.IsSuccess)
        {
            // The hub delivered what the publisher gave it: asking again would bring the same.
            await subscriptions.UpdateAsync(feedId, fresh => fresh with { LastPushAt = now, LastError = $"A push could not be read: {parsed.Error ?? "it is a web page, not a feed."}" }, cancellationToken);
            return CallbackAnswer.Accepted;
        }

        await intake.TakePushAsync(feed, parsed.Items, now, cancellationToken);
        await subscriptions.UpdateAsync(feedId, fresh => fresh with { LastPushAt = now, LastError = null }, cancellationToken);
        return CallbackAnswer.Accepted;
    }

    /// <summary>
    /// Whether NewsWatch asked the hub for this subscription (or its renewal) recently enough to
    /// expect its verification. Hubs verify only in answer to a request (W3C WebSub, 5.3), so a
    /// verification outside that window, or a second one for the same request, is nobody's
    /// answer: it might come from someone who read the callback URL in request logs, and must not
    /// stretch or revive a lease.
    /// </summary>
    private bool IsAwaitingVerification(HubSubscription subscription) =>
        subscription.State is HubState.Requested or HubState.Active && !subscription.IsVerifiedSinceRequest
        && time.GetUtcNow() - subscription.RequestedAt <= webSubOptions.Value.VerifyWithin;

    private async Task<HubSubscription?> FindAsync(string feedId, string token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(feedId) || feedId.Length > 256 || string.IsNullOrEmpty(token) || token.Length > 256)
            return null;
        var subscription = await subscriptions.FindAsync(feedId, cancellationToken);
        return subscription is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(subscription.Token), Encoding.UTF8.GetBytes(token))
            ? subscription
            : null;
    }

    private async Task<CallbackAnswer> ConfirmAsync(HubSubscription subscription, string? leaseSeconds, string challenge, CancellationToken cancellationToken)
    {
        // A hub grants at most the lease asked of it (W3C WebSub, 5.1): a longer one is not its answer.
        var asked = (long)webSubOptions.Value.Lease.TotalSeconds;
        var lease = long.TryParse(leaseSeconds, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds > 0
            ? TimeSpan.FromSeconds(Math.Min(seconds, Math.Min(asked, (long)LongestLease.TotalSeconds)))
            : ShortestLease;
        var now = time.GetUtcNow();
        var until = now + (lease < ShortestLease ? ShortestLease : lease);
        var confirmed = await subscriptions.UpdateAsync(subscription.FeedId, fresh => fresh.State is HubState.Requested or HubState.Active && fresh.Token == subscription.Token
            && fresh.RequestedAt == subscription.RequestedAt && !fresh.IsVerifiedSinceRequest
            ? fresh with { State = HubState.Active, LeaseUntil = until, VerifiedAt = now, LastError = null }
            : null, cancellationToken);
        return confirmed is { State: HubState.Active } && confirmed.VerifiedAt == now
            ? CallbackAnswer.Echo(challenge)
            : CallbackAnswer.NotFound("The subscription changed meanwhile, or this request was verified already.");
    }

    /// <summary>A hub's refusal (W3C WebSub, 5.2): recorded, unless NewsWatch is ending the subscription anyway.</summary>
    private async Task<CallbackAnswer> DenyAsync(HubSubscription subscription, string? reason, CancellationToken cancellationToken)
    {
        var error = $"The hub denied the subscription{(string.IsNullOrWhiteSpace(reason) ? "." : $": {Bounded(reason)}")}";
        await subscriptions.UpdateAsync(subscription.FeedId, fresh => fresh.State == HubState.Unsubscribing ? null : fresh with { State = HubState.Failed, LastError = error }, cancellationToken);
        return CallbackAnswer.Acknowledged;
    }

    private async Task<CallbackAnswer> ForgetAsync(HubSubscription subscription, string challenge, CancellationToken cancellationToken)
    {
        await subscriptions.RemoveAsync(subscription.FeedId, cancellationToken);
        return CallbackAnswer.Echo(challenge);
    }

    private static string Bounded(string text) => text.Length <= 300 ? text : text[..300] + "…";
}
