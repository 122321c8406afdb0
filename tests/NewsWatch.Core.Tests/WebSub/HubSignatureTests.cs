using System.Text;
using NewsWatch.Core.WebSub;

namespace NewsWatch.Core.Tests.WebSub;

public sealed class HubSignatureTests
{
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("<rss><channel/></rss>");

    [Theory]
    [InlineData("sha1")]
    [InlineData("sha256")]
    [InlineData("sha384")]
    [InlineData("sha512")]
    public void ASignatureUnderTheSecret_ProvesTheBody(string method)
    {
        Assert.Null(HubSignature.Refusal(HubSignature.Sign(Body, "s3cret", method), Body, "s3cret"));
    }

    [Theory]
    [InlineData("sha256=a6efd8f6ee03aecb7a4301aaef2df808797e45e9a4ef0be0dd9e1ea77c4dd33e")]
    [InlineData("sha256=A6EFD8F6EE03AECB7A4301AAEF2DF808797E45E9A4EF0BE0DD9E1EA77C4DD33E")]
    [InlineData("SHA256=a6efd8f6ee03aecb7a4301aaef2df808797e45e9a4ef0be0dd9e1ea77c4dd33e")]
    public void AHubsHmacSha256_Verifies_InEitherCase(string header)
    {
        // Computed apart from this code: printf '%s' '<rss><channel/></rss>' | openssl dgst -sha256 -hmac s3cret
        Assert.Null(HubSignature.Refusal(header, Body, "s3cret"));
    }

    [Theory]
    [InlineData(null, "unsigned")]
    [InlineData("", "unsigned")]
    [InlineData("md5=00", "no method")]
    [InlineData("sha256", "no method")]
    [InlineData("sha256=zz", "does not match")]
    [InlineData("sha256=00", "does not match")]
    public void AMissingOrWrongSignature_IsRefusedWithTheReason(string? header, string reason)
    {
        Assert.Contains(reason, HubSignature.Refusal(header, Body, "s3cret"), StringComparison.Ordinal);
    }

    [Fact]
    public void ASignatureUnderAnotherSecret_IsRefused()
    {
        Assert.Contains("does not match", HubSignature.Refusal(HubSignature.Sign(Body, "other"), Body, "s3cret"), StringComparison.Ordinal);
    }

    [Fact]
    public void ASignatureOfAnotherBody_IsRefused()
    {
        var signed = HubSignature.Sign(Encoding.UTF8.GetBytes("<rss/>"), "s3cret");

        Assert.Contains("does not match", HubSignature.Refusal(signed, Body, "s3cret"), StringComparison.Ordinal);
    }
}
