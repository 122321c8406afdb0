using NewsWatch.Core.Webhooks;

namespace NewsWatch.Core.Tests.Webhooks;

public sealed class MaskedUrlTests
{
    [Theory]
    [InlineData("https://hooks.slack.com/services/T0000/B0000/XXXXXXXXXXXXXXXXXXXXXy9z", "https://hooks.slack.com/…Xy9z")]
    [InlineData("https://discord.com/api/webhooks/123456/abcdefTOKEN", "https://discord.com/…OKEN")]
    [InlineData("https://contoso.webhook.office.com/webhookb2/aaaa@bbbb/IncomingWebhook/cccc/dddd", "https://contoso.webhook.office.com/…dddd")]
    [InlineData("https://hooks.example/newswatch?token=s3cr3tvalue", "https://hooks.example/…alue")]
    [InlineData("https://hooks.example:8443/receiver/abc123", "https://hooks.example:8443/…c123")]
    [InlineData("https://hooks.example:443/receiver/abc123", "https://hooks.example/…c123")]
    [InlineData("http://127.0.0.1:9/services/T000/B000/SECRETPATHTOKEN", "http://127.0.0.1:9/…OKEN")]
    [InlineData("https://[2001:db8::1]:8443/receiver/abc123", "https://[2001:db8::1]:8443/…c123")]
    public void Of_ShowsSchemeHostNonDefaultPortAndTheLastFourCharacters(string url, string expected)
    {
        Assert.Equal(expected, MaskedUrl.Of(new Uri(url)));
    }

    [Theory]
    [InlineData("https://example.com", "https://example.com/")]
    [InlineData("https://example.com/", "https://example.com/")]
    [InlineData("https://example.com/hook", "https://example.com/…")]
    [InlineData("https://example.com/?k=1234", "https://example.com/…")]
    [InlineData("https://example.com/1234567", "https://example.com/…")]
    [InlineData("https://example.com/12345678", "https://example.com/…5678")]
    public void Of_WhenThePathAndQueryAreShort_ShowsNoTailThatWouldBeMostOfThem(string url, string expected)
    {
        Assert.Equal(expected, MaskedUrl.Of(new Uri(url)));
    }

    [Fact]
    public void Of_NeverShowsUserInformation()
    {
        var masked = MaskedUrl.Of(new Uri("https://admin:hunter2@hooks.example/"));

        Assert.Equal("https://hooks.example/…", masked);
        Assert.DoesNotContain("hunter2", masked, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://hooks.slack.com/services/T0000/B0000/SECRETPATHTOKEN")]
    [InlineData("https://hooks.example/api/receive?token=SECRETQUERYTOKEN&x=1")]
    public void Of_RevealsNoMoreThanFourCharactersOfThePathAndQuery(string text)
    {
        var url = new Uri(text);

        var masked = MaskedUrl.Of(url);

        Assert.StartsWith(url.Scheme + "://" + url.Authority + "/…", masked, StringComparison.Ordinal);
        Assert.Equal(4, masked.Length - (url.Scheme + "://" + url.Authority + "/…").Length);
        Assert.DoesNotContain("SECRET", masked, StringComparison.Ordinal);
    }

    [Fact]
    public void PathOf_IsTheMaskedPartAfterTheHost()
    {
        Assert.Equal("/…OKEN", MaskedUrl.PathOf(new Uri("https://hooks.slack.com/services/T0/B0/SECRETPATHTOKEN")));
        Assert.Equal("/", MaskedUrl.PathOf(new Uri("https://hooks.slack.com/")));
    }

    [Fact]
    public void Of_ARelativeUrl_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => MaskedUrl.Of(new Uri("/services/T0/B0/x", UriKind.Relative)));
    }

    [Theory]
    [InlineData("Error sending to https://hooks.slack.com/services/T0/B0/SECRETPATHTOKEN: refused", "Error sending to https://hooks.slack.com/…OKEN: refused")]
    [InlineData("POST /services/T0/B0/SECRETPATHTOKEN failed", "POST /…OKEN failed")]
    [InlineData("Connection refused (hooks.slack.com:443)", "Connection refused (hooks.slack.com:443)")]
    public void Redact_ReplacesTheWholeUrlOrItsPathWithTheMaskedForm(string text, string expected)
    {
        Assert.Equal(expected, MaskedUrl.Redact(text, new Uri("https://hooks.slack.com/services/T0/B0/SECRETPATHTOKEN")));
    }

    [Fact]
    public void Redact_RemovesAPathAndQuery_QuotedWithoutTheHost()
    {
        var url = new Uri("https://hooks.example/receive?token=SECRETQUERYTOKEN");

        var redacted = MaskedUrl.Redact("GET /receive?token=SECRETQUERYTOKEN and /receive", url);

        Assert.DoesNotContain("SECRETQUERY", redacted, StringComparison.Ordinal);
        Assert.DoesNotContain("/receive", redacted, StringComparison.Ordinal);
    }
}
