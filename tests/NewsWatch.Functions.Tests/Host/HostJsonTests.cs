using System.Globalization;
using System.Text.Json;
using NewsWatch.Core.Storage.Emulator;

namespace NewsWatch.Functions.Tests.Host;

/// <summary>The root host.json, which the Functions project ships: the /api prefix the docs promise, a timeout, and log levels.</summary>
public sealed class HostJsonTests
{
    private static JsonElement Load()
    {
        var root = AzuriteInstaller.FindRepositoryRoot(AppContext.BaseDirectory) ?? throw new InvalidOperationException("No repository root.");
        return JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "host.json"))).RootElement;
    }

    [Fact]
    public void HostJson_ServesTheApiUnderApi_AsTheOpenApiDocumentSays()
    {
        Assert.Equal("api", Load().GetProperty("extensions").GetProperty("http").GetProperty("routePrefix").GetString());
    }

    [Fact]
    public void HostJson_BoundsAFunctionRun_AndLogsNewsWatchAtInformation()
    {
        var host = Load();

        var timeout = TimeSpan.Parse(host.GetProperty("functionTimeout").GetString()!, CultureInfo.InvariantCulture);
        Assert.InRange(timeout, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(30));
        Assert.Equal("2.0", host.GetProperty("version").GetString());
        Assert.Equal("Information", host.GetProperty("logging").GetProperty("logLevel").GetProperty("NewsWatch").GetString());
    }
}
