using Azure;
using Azure.Data.Tables;
using NewsWatch.Core.Secrets;
using NewsWatch.Core.WebSub;

namespace NewsWatch.Core.Storage;

/// <summary>The HubSubscriptions table: one row per feed subscribed at a WebSub hub, its callback token and secret sealed.</summary>
public sealed class HubSubscriptionStore(TableStore tables, SecretSealer sealer)
{
    // Each retry follows a change someone made within the last round trip: a few suffice.
    private const int MaxUpdateAttempts = 5;

    public async Task<HubSubscription?> FindAsync(string feedId, CancellationToken cancellationToken)
    {
        var table = await Table(cancellationToken);
        var entity = await table.FindAsync<HubSubscriptionEntity>(HubSubscriptionEntity.Partition, TableKey.Encode(feedId), cancellationToken);
        return entity is null ? null : await OpenAsync(entity, cancellationToken);
    }

    /// <summary>Every subscription: one partition, read once per poll cycle.</summary>
    public async Task<IReadOnlyDictionary<string, HubSubscription>> ListAsync(CancellationToken cancellationToken)
    {
        var table = await Table(cancellationToken);
        var found = new Dictionary<string, HubSubscription>(StringComparer.Ordinal);
        await foreach (var entity in table.QueryAsync<HubSubscriptionEntity>(e => e.PartitionKey == HubSubscriptionEntity.Partition, cancellationToken: cancellationToken))
        {
            // A row whose secrets do not open here (a lost data key) is as good as none: the
            // feed's next poll subscribes afresh over it, and no other feed's poll is stopped.
            try
            {
                var subscription = await OpenAsync(entity, cancellationToken);
                found[subscription.FeedId] = subscription;
            }
            catch (SealedValueException)
            {
            }
        }

        return found;
    }

    /// <summary>
    /// Every feed's push as people are shown it, read without the token and secret columns, so
    /// listing feeds never opens a sealed value.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, PushStatus>> ListStatusesAsync(CancellationToken cancellationToken)
    {
        var table = await Table(cancellationToken);
        var found = new Dictionary<string, PushStatus>(StringComparer.Ordinal);
        string[] shown = [nameof(HubSubscriptionEntity.RowKey), nameof(HubSubscriptionEntity.Hub), nameof(HubSubscriptionEntity.State), nameof(HubSubscriptionEntity.LeaseUntil),
            nameof(HubSubscriptionEntity.LastPushAt), nameof(HubSubscriptionEntity.LastError)];
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {HubSubscriptionEntity.Partition}");
        await foreach (var entity in table.QueryAsync<HubSubscriptionEntity>(filter, select: shown, cancellationToken: cancellationToken))
        {
            if (Uri.TryCreate(entity.Hub, UriKind.Absolute, out var hub))
                found[TableKey.Decode(entity.RowKey)] = new PushStatus(hub, entity.ShownState(), entity.LeaseUntil, entity.LastPushAt, entity.LastError);
        }

        return found;
    }

    public async Task SaveAsync(HubSubscription subscription, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        var entity = await SealedAsync(subscription, cancellationToken);
        var table = await Table(cancellationToken);
        await table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
    }

    /// <summary>
    /// Changes a subscription as it is stored now: <paramref name="change"/> sees a fresh read
    /// (again after any conflict) and returns the new state, or null to leave it as it is.
    /// Returns the subscription as stored, or null when there is none.
    /// </summary>
    public async Task<HubSubscription?> UpdateAsync(string feedId, Func<HubSubscription, HubSubscription?> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        var table = await Table(cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            if (await FindAsync(feedId, cancellationToken) is not { } fresh)
                return null;
            if (change(fresh) is not { } changed)
                return fresh;
            var entity = await SealedAsync(changed, cancellationToken);
            try
            {
                var response = await table.UpdateEntityAsync(entity, new ETag(fresh.Version!), TableUpdateMode.Replace, cancellationToken);
                return changed with { Version = response.Headers.ETag?.ToString() };
            }
            catch (RequestFailedException ex) when (ex.Status == 404)
            {
                return null;
            }
            catch (RequestFailedException ex) when (ex.Status == 412 && attempt < MaxUpdateAttempts)
            {
            }
        }
    }

    public async Task RemoveAsync(string feedId, CancellationToken cancellationToken)
    {
        var table = await Table(cancellationToken);
        await table.DeleteEntityAsync(HubSubscriptionEntity.Partition, TableKey.Encode(feedId), cancellationToken: cancellationToken);
    }

    private async Task<HubSubscriptionEntity> SealedAsync(HubSubscription subscription, CancellationToken cancellationToken)
    {
        var entity = HubSubscriptionEntity.From(subscription);
        entity.Token = await sealer.SealAsync(subscription.Token, At(entity, nameof(entity.Token)), cancellationToken);
        entity.Secret = await sealer.SealAsync(subscription.Secret, At(entity, nameof(entity.Secret)), cancellationToken);
        return entity;
    }

    private async Task<HubSubscription> OpenAsync(HubSubscriptionEntity entity, CancellationToken cancellationToken)
    {
        var token = await sealer.OpenAsync(entity.Token, At(entity, nameof(entity.Token)), cancellationToken);
        var secret = await sealer.OpenAsync(entity.Secret, At(entity, nameof(entity.Secret)), cancellationToken);
        return entity.ToSubscription(token.Plaintext, secret.Plaintext);
    }

    private static SealContext At(HubSubscriptionEntity entity, string column) =>
        new(TableNames.HubSubscriptions, entity.PartitionKey, entity.RowKey, column);

    private Task<TableClient> Table(CancellationToken cancellationToken) => tables.GetTableAsync(TableNames.HubSubscriptions, cancellationToken);
}
