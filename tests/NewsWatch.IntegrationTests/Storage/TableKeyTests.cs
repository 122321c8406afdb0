using Azure.Data.Tables;
using NewsWatch.Core.Storage;
using NewsWatch.IntegrationTests.Support;

namespace NewsWatch.IntegrationTests.Storage;

/// <summary>Escaped keys against the real table service: what Table Storage forbids or OData quotes must not reach it.</summary>
public sealed class TableKeyTests(AzuriteFixture azurite)
{
    /// <summary>Every character a key may not hold or a filter must quote, and the escape character itself.</summary>
    public const string Awkward = "it's/a\\b#c?d%2Fe\tf\u007Fg";

    [Fact]
    public async Task Key_HoldingEveryAwkwardCharacter_RoundTripsThroughAddPointReadAndFilteredQuery()
    {
        await using var host = TestHost.Create(azurite);
        var ct = TestContext.Current.CancellationToken;
        var table = host.Table("Keys");
        await table.CreateIfNotExistsAsync(ct);
        var key = TableKey.Encode(Awkward);
        await table.AddEntityAsync(new TableEntity(key, key) { ["Text"] = Awkward }, ct);
        await table.AddEntityAsync(new TableEntity(key, TableKey.Encode("it's")) { ["Text"] = "a neighbour" }, ct);

        var read = await table.GetEntityAsync<TableEntity>(key, key, cancellationToken: ct);
        var queried = new List<TableEntity>();
        await foreach (var row in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {key} and RowKey eq {key}"), cancellationToken: ct))
            queried.Add(row);

        Assert.Equal(Awkward, read.Value.GetString("Text"));
        Assert.Equal(Awkward, TableKey.Decode(Assert.Single(queried).RowKey));
    }
}
