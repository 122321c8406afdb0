using System.Net;
using NewsWatch.Core.Network;

namespace NewsWatch.Core.Tests.Network;

/// <summary>Keeps the guard's table and the hand-written cases in step, so no row goes untested.</summary>
public sealed class SpecialPurposeRangesTests
{
    public static TheoryData<string> RefusedRows => AddressCases.Data(SpecialPurposeRanges.NotGloballyReachable.Select(b => b.Network.ToString()));

    public static TheoryData<string> ReachableRows => AddressCases.Data(SpecialPurposeRanges.GloballyReachable.Select(b => b.Network.ToString()));

    [Theory]
    [MemberData(nameof(RefusedRows))]
    public void EveryRefusedRow_HasItsFirstAndLastAddressAmongTheRefusedCases(string row)
    {
        var block = IPNetwork.Parse(row);
        var cases = AddressCases.NotGlobalIPv4.Concat(AddressCases.NotGlobalIPv6).Select(IPAddress.Parse).ToList();

        Assert.Contains(First(block), cases);
        Assert.Contains(Last(block), cases);
    }

    [Theory]
    [MemberData(nameof(ReachableRows))]
    public void EveryReachableRow_HasACaseAndSitsInsideARefusedRow(string row)
    {
        var block = AddressBlock.Parse(row, row);
        var cases = AddressCases.PublicIPv4.Concat(AddressCases.PublicIPv6).Select(IPAddress.Parse);

        Assert.Contains(cases, block.Contains);
        Assert.Contains(SpecialPurposeRanges.NotGloballyReachable, refused => refused.Contains(block.Network.BaseAddress));
    }

    private static IPAddress First(IPNetwork block) => block.BaseAddress;

    private static IPAddress Last(IPNetwork block)
    {
        var bytes = block.BaseAddress.GetAddressBytes();
        for (var bit = block.PrefixLength; bit < bytes.Length * 8; bit++)
            bytes[bit / 8] |= (byte)(0x80 >> (bit % 8));
        return new IPAddress(bytes);
    }
}
