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
        if (settings.CallbackBaseUrl is null || (advertised.Hub ?? current?.Hub) is not { } hub || !IsUsable(hub, feed))
            return current;
        var topic = advertised.Self ?? current?.Topic ?? feed.Url;
        var now = time.GetUtcNow();
        if (current is { State: HubState.Requested } && now - current.RequestedAt > settings.VerifyWithin)
            current = await MarkUnverifiedAsync(current, now, cancellationToken);

        return NeedsRequest(current, hub, topic, now) ? await SubscribeAsync(feed.Id, hub, topic, Renewed(current, hub, topic), cancellationToken) : current;
    }

    /// <summary>Ends the feed's subscription, if it has one: asks the hub, and forgets it when the hub cannot be asked.</summary>
    public async Task UnsubscribeAsync(string feedId, CancellationToken cancellationToken)
    {
        if (await store.FindAsync(feedId, cancellationToken) is not { } current)
            return;
        if (options.Value.CallbackBaseUrl is null)
        {
            // Without a callback the hub cannot be asked (nor verify); its lease runs out on its own.
            await store.RemoveAsync(feedId, cancellationToken);
            return;
        }

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
        // A feed removed and added again while its hub never verified the unsubscribe starts afresh.
        { State: HubState.Unsubscribing } => now - current.RequestedAt > options.Value.VerifyWithin,
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
        // A failed renewal leaves a verified subscription pushing until its lease ends, and is
        // asked again at the next poll; a new one counts as failed, unless the hub verified it
        // meanwhile after all.
        return await store.UpdateAsync(feedId, fresh => fresh.RequestedAt != now ? null
            : fresh with { State = fresh.State == HubState.Active ? HubState.Active : HubState.Failed, LastError = error }, cancellationToken)
            ?? subscription with { State = HubState.Failed, LastError = error };
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
            using var request = new HttpRequestMessage(HttpMethod.Post, hub) { Content = new FormUrlEncodedContent(form) };
            // Only the status matters: a hub's body, whatever its size, is never read.
            using var response = await httpClients.CreateClient(HttpClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token);
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

    /// <summary>A hub NewsWatch may send a subscription's secret to: https, or http where allowed (a local hub).</summary>
    private bool IsUsable(Uri hub, WatchedFeed feed)
    {
        if (hub.Scheme == Uri.UriSchemeHttps || (hub.Scheme == Uri.UriSchemeHttp && !options.Value.RequireHttpsHubs))
            return true;
        LogPlainHub(hub, feed.Url);
        return false;
    }

    private async Task<HubSubscription> MarkUnverifiedAsync(HubSubscription current, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var error = $"The hub at {current.Hub.Host} accepted the subscription but never verified it (no GET to the callback within {options.Value.VerifyWithin.TotalMinutes:0} minutes).";
        return await store.UpdateAsync(current.FeedId, fresh => fresh.State == HubState.Requested && now - fresh.RequestedAt > options.Value.VerifyWithin
            ? fresh with { State = HubState.Failed, LastError = error }
            : null, cancellationToken) ?? current;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The feed {Feed} advertises a hub over plain http ({Hub}): not subscribed, as the subscription's secret would cross the network in the clear")]
    private partial void LogPlainHub(Uri hub, Uri feed);

    /// <summary>256 random bits, URL-safe: a callback path part and a signing secret alike.</summary>
    private static string NewToken() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    [LoggerMessage(Level = LogLevel.Warning, Message = "The hub {Hub} refused the subscription of feed {FeedId}: {Error}")]
    private partial void LogRefused(Uri hub, string feedId, string error);
}
