using System.Net;
using NewsWatch.Core.Network;

namespace NewsWatch.Core.Tests.Network;

public sealed class AddressBlockTests
{
    [Theory]
    [InlineData("100.64.0.0/10", "100.64.0.0", true)]
    [InlineData("100.64.0.0/10", "100.127.255.255", true)]
    [InlineData("100.64.0.0/10", "100.128.0.0", false)]
    [InlineData("255.255.255.255/32", "255.255.255.255", true)]
    [InlineData("255.255.255.255/32", "255.255.255.254", false)]
    [InlineData("::ffff:0:0/96", "::ffff:1.2.3.4", true)]
    [InlineData("::ffff:0:0/96", "::fffe:1.2.3.4", false)]
    [InlineData("2001::/23", "2001:1ff::", true)]
    [InlineData("2001::/23", "2001:200::", false)]
    public void Contains_MatchesExactlyThePrefixBits(string cidr, string address, bool expected) =>
        Assert.Equal(expected, AddressBlock.Parse(cidr, cidr).Contains(IPAddress.Parse(address)));

    [Theory]
    [InlineData("10.0.0.0/8", "::ffff:10.0.0.1")]
    [InlineData("::ffff:0:0/96", "10.0.0.1")]
    public void Contains_NeverMatchesAcrossAddressFamilies(string cidr, string address) =>
        Assert.False(AddressBlock.Parse(cidr, cidr).Contains(IPAddress.Parse(address)));
}
