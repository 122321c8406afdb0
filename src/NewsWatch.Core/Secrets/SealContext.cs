using System.Text;

namespace NewsWatch.Core.Secrets;

/// <summary>
/// Where a sealed value is stored: table, row and column. It is the cipher's associated data,
/// so a sealed value copied to another row, or to another column of its row, does not open.
/// </summary>
public readonly record struct SealContext(string Table, string PartitionKey, string RowKey, string Column)
{
    internal byte[] AssociatedData() =>
        Encoding.UTF8.GetBytes($"newswatch-sealed-v1\n{Table}\n{PartitionKey}\n{RowKey}\n{Column}");

    public override string ToString() => $"{Table}/{PartitionKey}/{RowKey}/{Column}";
}
