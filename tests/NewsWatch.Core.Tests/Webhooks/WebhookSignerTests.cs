using NewsWatch.Core.Webhooks;

namespace NewsWatch.Core.Tests.Webhooks;

public sealed class WebhookSignerTests
{
    [Fact]
    public void Sign_MatchesTheStandardWebhooksPublishedTestVector()
    {
        var timestamp = DateTimeOffset.FromUnixTimeSeconds(1614265330);

        var signature = WebhookSigner.Sign("msg_p5jXN8AQM9LWM0D4loKWxJek", timestamp, "{\"test\": 2432232314}", ["whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"]);

        Assert.Equal("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=", signature);
    }

    [Fact]
    public void Sign_WithTwoSecrets_GivesOneSignaturePerSecretSeparatedBySpace()
    {
        var first = WebhookSecret.Create();
        var second = WebhookSecret.Create();
        var now = DateTimeOffset.UnixEpoch;

        var both = WebhookSigner.Sign("msg_1", now, "{}", [first, second]);

        Assert.Equal($"{WebhookSigner.Sign("msg_1", now, "{}", [first])} {WebhookSigner.Sign("msg_1", now, "{}", [second])}", both);
    }

    [Fact]
    public void CreateSecret_GivesDistinctWhsecSecretsOf32RandomBytes()
    {
        var secrets = Enumerable.Range(0, 50).Select(_ => WebhookSecret.Create()).ToList();

        Assert.All(secrets, s => Assert.Equal(32, WebhookSecret.KeyOf(s).Length));
        Assert.All(secrets, s => Assert.StartsWith("whsec_", s, StringComparison.Ordinal));
        Assert.Equal(secrets.Count, secrets.Distinct().Count());
    }
}
