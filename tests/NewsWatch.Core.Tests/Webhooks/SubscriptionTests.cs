using NewsWatch.Core.Webhooks;

namespace NewsWatch.Core.Tests.Webhooks;

public sealed class SubscriptionTests
{
    [Fact]
    public void ToString_AsLogsAndExceptionsPrintIt_ShowsTheMaskedUrlAndNoSecret()
    {
        var subscription = new Subscription("sub_1", new Uri("https://hooks.slack.com/services/T000/B000/SECRETPATHTOKEN"), "whsec_current", DateTimeOffset.UnixEpoch)
        {
            PreviousSecret = "whsec_previous",
        };

        var printed = subscription.ToString();

        Assert.Contains("Url = https://hooks.slack.com/…OKEN", printed, StringComparison.Ordinal);
        Assert.DoesNotContain("SECRETPATH", printed, StringComparison.Ordinal);
        Assert.DoesNotContain("/services/", printed, StringComparison.Ordinal);
        Assert.DoesNotContain("whsec_", printed, StringComparison.Ordinal);
    }
}
