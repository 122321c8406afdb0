using System.Collections.Concurrent;
using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;

namespace NewsWatch.Core.Storage;

/// <summary>
/// The single way to the tables: one service client for the configured account, and each
/// table created the first time it is used.
/// </summary>
public sealed class TableStore(IOptions<NewsWatchOptions> options)
{
    private readonly Lazy<TableServiceClient> service = new(() => CreateServiceClient(options.Value));
    private readonly ConcurrentDictionary<string, Lazy<Task<TableClient>>> tables = new(StringComparer.Ordinal);

    public Task<TableClient> GetTableAsync(string name, CancellationToken cancellationToken) =>
        tables.GetOrAdd(name, n => new Lazy<Task<TableClient>>(() => CreateTableAsync(n, cancellationToken))).Value;

    private async Task<TableClient> CreateTableAsync(string name, CancellationToken cancellationToken)
    {
        var table = service.Value.GetTableClient(options.Value.TablePrefix + name);
        try
        {
            await table.CreateIfNotExistsAsync(cancellationToken);
        }
        catch
        {
            // A failed creation (storage down) must be retried by the next caller, not cached.
            tables.TryRemove(name, out _);
            throw;
        }

        return table;
    }

    private static TableServiceClient CreateServiceClient(NewsWatchOptions options)
    {
        if (!Uri.TryCreate(options.Storage, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
            return new TableServiceClient(options.Storage);

        return new TableServiceClient(uri, AzureIdentity.Credential(options.StorageClientId));
    }
}
