using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsWatch.Core.Feeds;
using NewsWatch.Core.Network;
using NewsWatch.Core.Storage;

namespace NewsWatch.Core.WebSub;

/// <summary>
/// Subscribes feeds at the WebSub hubs they advertise, renews leases before they end, and
/// unsubscribes removed feeds (W3C WebSub, 5.1). A hub's answer or silence is recorded on the
/// subscription; nothing a hub does stops a poll.
/// </summary>
public sealed partial class HubSubscriber(
    IHttpClientFactory httpClients,
    HubSubscriptionStore store,
    IOptions<WebSubOptions> options,
    TimeProvider time,
    ILogger<HubSubscriber> logger)
{
    public const string HttpClientName = "NewsWatch.WebSub";

    /// <summary>
    /// Keeps the feed subscribed at the hub its latest answer advertised (or its current hub,
    /// when the answer carried no links, as a 304 does); returns the subscription as it now stands.
    /// </summary>
    public async Task<HubSubscription?> EnsureAsync(WatchedFeed feed, HubLinks advertised, HubSubscription? current, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feed);
        ArgumentNullException.ThrowIfNull(advertised);
        var settings = options.Value;
        if (settings.CallbackBaseUrl is null || (advertised.Hub ?? current?.Hub) is not { } hub || !IsWebUrl(hub))
            return current;
        var topic = advertised.Self ?? current?.Topic ?? feed.Url;
        var now = time.GetUtcNow();
        if (current is { State: HubState.Requested } && now - current.RequestedAt > settings.VerifyWithin)
        {
            current = current with { State = HubState.Failed, LastError = $"The hub at {hub.Host} accepted the subscription but never verified it (no GET to the callback within {settings.VerifyWithin.TotalMinutes:0} minutes)." };
            await store.SaveAsync(current, cancellationToken);
        }

        return NeedsRequest(current, hub, topic, now) ? await SubscribeAsync(feed.Id, hub, topic, Renewed(current, hub, topic), cancellationToken) : current;
    }

    /// <summary>Ends the feed's subscription, if it has one: asks the hub, and forgets it when the hub cannot be asked.</summary>
    public async Task UnsubscribeAsync(string feedId, CancellationToken cancellationToken)
    {
        if (await store.FindAsync(feedId, cancellationToken) is not { } current || options.Value.CallbackBaseUrl is null)
            return;
        // Marked first, as for subscribing: the hub may verify before it answers.
        await store.SaveAsync(current with { State = HubState.Unsubscribing, RequestedAt = time.GetUtcNow() }, cancellationToken);
        if (await AskAsync(current.Hub, Form("unsubscribe", current), cancellationToken) is not null)
            await store.RemoveAsync(feedId, cancellationToken);
    }

    /// <summary>The URL the hub calls for this subscription.</summary>
    public Uri CallbackFor(HubSubscription subscription)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        var root = options.Value.CallbackBaseUrl!.AbsoluteUri.TrimEnd('/');
        return new Uri($"{root}/{Uri.EscapeDataString(subscription.FeedId)}/{subscription.Token}");
    }

    private bool NeedsRequest(HubSubscription? current, Uri hub, Uri topic, DateTimeOffset now) => current switch
    {
        null => true,
        { State: HubState.Unsubscribing } => false,
        _ when current.Hub != hub || current.Topic != topic => true,
        { State: HubState.Active } => current.LeaseUntil is not { } until || until - now < options.Value.RenewBefore,
        { State: HubState.Failed } => now - current.RequestedAt >= options.Value.RetryAfter,
        _ => false,
    };

    /// <summary>A renewal asks for the same subscription (same callback and secret); a new hub or topic gets new ones.</summary>
    private static HubSubscription? Renewed(HubSubscription? current, Uri hub, Uri topic) =>
        current is not null && current.Hub == hub && current.Topic == topic ? current : null;

    private async Task<HubSubscription> SubscribeAsync(string feedId, Uri hub, Uri topic, HubSubscription? renewing, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var subscription = (renewing ?? new HubSubscription(feedId, hub, topic, HubState.Requested, NewToken(), NewToken())) with
        {
            State = renewing is { State: HubState.Active } ? HubState.Active : HubState.Requested,
            RequestedAt = now,
            LastError = null,
        };
        // Saved before the hub is asked: a hub may verify before its answer to us arrives, and
        // the callback must know the subscription by then. The verification writes what follows.
        await store.SaveAsync(subscription, cancellationToken);
        if (await AskAsync(hub, Form("subscribe", subscription), cancellationToken) is not { } error)
            return subscription;
        LogRefused(hub, feedId, error);
        subscription = subscription with { State = HubState.Failed, LastError = error };
        await store.SaveAsync(subscription, cancellationToken);
        return subscription;
    }

    private Dictionary<string, string> Form(string mode, HubSubscription subscription)
    {
        var form = new Dictionary<string, string>
        {
            ["hub.mode"] = mode,
            ["hub.topic"] = subscription.Topic.AbsoluteUri,
            ["hub.callback"] = CallbackFor(subscription).AbsoluteUri,
        };
        if (mode == "subscribe")
        {
            form["hub.lease_seconds"] = ((long)options.Value.Lease.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
            form["hub.secret"] = subscription.Secret;
        }

        return form;
    }

    /// <summary>Sends a request to the hub; returns why it failed, or null when the hub accepted it (any 2xx; the Recommendation asks for 202).</summary>
    private async Task<string?> AskAsync(Uri hub, Dictionary<string, string> form, CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(options.Value.RequestTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            using var content = new FormUrlEncodedContent(form);
            using var response = await httpClients.CreateClient(HttpClientName).PostAsync(hub, content, linked.Token);
            return response.IsSuccessStatusCode ? null : $"The hub at {hub.Host} answered {(int)response.StatusCode} {response.ReasonPhrase} to the {form["hub.mode"]} request.";
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return $"The hub at {hub.Host} did not answer the {form["hub.mode"]} request within {options.Value.RequestTimeout.TotalSeconds:0} s.";
        }
        catch (Exception ex) when (FetchError.IsNetworkFailure(ex))
        {
            return FetchError.Describe(hub, ex);
        }
    }

    private static bool IsWebUrl(Uri hub) => hub.Scheme is "http" or "https";

    /// <summary>256 random bits, URL-safe: a callback path part and a signing secret alike.</summary>
    private static string NewToken() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    [LoggerMessage(Level = LogLevel.Warning, Message = "The hub {Hub} refused the subscription of feed {FeedId}: {Error}")]
    private partial void LogRefused(Uri hub, string feedId, string error);
}
