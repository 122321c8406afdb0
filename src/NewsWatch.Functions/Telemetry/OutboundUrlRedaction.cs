using Microsoft.ApplicationInsights.Channel;
using Microsoft.ApplicationInsights.DataContracts;
using Microsoft.ApplicationInsights.Extensibility;
using NewsWatch.Core.Webhooks;

namespace NewsWatch.Functions.Telemetry;

/// <summary>
/// Masks outbound HTTP dependencies before Application Insights records them. The SDK stores each
/// call's whole URL (<c>Data</c>) and <c>METHOD /path</c> (<c>Name</c>), and a chat webhook's path
/// is its secret, so a webhook call becomes <c>POST /…Xy9z</c> to <c>https://hooks.slack.com/…Xy9z</c>.
/// Azure Storage and Key Vault keep their paths (table and secret names, never values) so their
/// calls stay grouped by operation; their queries, which can carry a SAS signature, are dropped.
/// </summary>
public sealed class OutboundUrlRedaction : ITelemetryInitializer
{
    private const string HttpType = "Http";

    private static readonly string[] PlatformHostSuffixes = [".core.windows.net", ".vault.azure.net"];

    public void Initialize(ITelemetry telemetry)
    {
        if (telemetry is not DependencyTelemetry dependency || !IsWebUrl(dependency.Data, out var url))
            return;
        if (IsPlatform(url))
        {
            dependency.Data = url.Scheme + Uri.SchemeDelimiter + url.Authority + url.AbsolutePath;
            return;
        }

        var name = dependency.Name;
        dependency.Data = MaskedUrl.Of(url);
        dependency.Name = string.Equals(dependency.Type, HttpType, StringComparison.OrdinalIgnoreCase)
            ? MethodOf(name) + MaskedUrl.PathOf(url)
            : MaskedUrl.Redact(name ?? string.Empty, url);
        // With no function invocation around the call, the operation is named after the dependency.
        if (name is not null && dependency.Context.Operation.Name == name)
            dependency.Context.Operation.Name = dependency.Name;
    }

    private static bool IsWebUrl(string? data, out Uri url) =>
        Uri.TryCreate(data, UriKind.Absolute, out url!) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp);

    private static bool IsPlatform(Uri url) =>
        PlatformHostSuffixes.Any(suffix => url.Host.EndsWith(suffix, StringComparison.OrdinalIgnoreCase));

    /// <summary>"POST " from "POST /services/T0/B0/xyz"; nothing when the name starts with no method.</summary>
    private static string MethodOf(string? name)
    {
        var space = name?.IndexOf(' ', StringComparison.Ordinal) ?? -1;
        return space > 0 && name![..space].All(char.IsAsciiLetterUpper) ? name[..(space + 1)] : string.Empty;
    }
}
