using System.Net;
using NewsWatch.Core.Network;

namespace NewsWatch.Core.Tests.Network;

/// <summary>Keeps the endpoint list and the hand-written cases in step, so no row goes untested.</summary>
public sealed class PlatformEndpointsTests
{
    public static TheoryData<string> Rows => AddressCases.Data(PlatformEndpoints.All.Select(b => b.Network.ToString()));

    [Theory]
    [MemberData(nameof(Rows))]
    public void EveryRow_HasACaseAmongTheRefusedEndpoints(string row)
    {
        var block = AddressBlock.Parse(row, row);

        Assert.Contains(AddressCases.PlatformEndpoints.Select(IPAddress.Parse), block.Contains);
    }
}
