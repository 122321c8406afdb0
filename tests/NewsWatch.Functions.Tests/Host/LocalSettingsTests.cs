using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsWatch.Core;
using NewsWatch.Core.Storage.Emulator;
using NewsWatch.Core.Webhooks;

namespace NewsWatch.Functions.Tests.Host;

/// <summary>local.settings.json.example, copied as it is, must start the app against Azurite.</summary>
public sealed class LocalSettingsTests
{
    private static Dictionary<string, string?> Values()
    {
        var root = AzuriteInstaller.FindRepositoryRoot(AppContext.BaseDirectory) ?? throw new InvalidOperationException("No repository root.");
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "src", "NewsWatch.Functions", "local.settings.json.example")));
        return document.RootElement.GetProperty("Values").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString());
    }

    [Fact]
    public void Example_PointsTheHostAtAzurite_AndNamesTheIsolatedWorker()
    {
        var values = Values();

        Assert.Equal("UseDevelopmentStorage=true", values["AzureWebJobsStorage"]);
        Assert.Equal("dotnet-isolated", values["FUNCTIONS_WORKER_RUNTIME"]);
        Assert.Equal("UseDevelopmentStorage=true", values["NewsWatch__Storage"]);
    }

    [Theory]
    [InlineData("NewsWatch__PollSchedule")]
    [InlineData("NewsWatch__DeliverySchedule")]
    public void Example_GivesEachTimerASixFieldSchedule(string setting)
    {
        var schedule = Values()[setting];

        Assert.Equal(6, schedule!.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void Example_PassesTheOptionsValidationTheAppRunsAtStart()
    {
        // The host turns "__" in setting names into ":" sections, as here.
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(Values().ToDictionary(v => v.Key.Replace("__", ":", StringComparison.Ordinal), v => v.Value))
            .Build();
        using var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration)
            .AddNewsWatch(configuration).BuildServiceProvider();
        services.GetRequiredService<IStartupValidator>().Validate();

        Assert.Equal("UseDevelopmentStorage=true", services.GetRequiredService<IOptions<NewsWatchOptions>>().Value.Storage);
        Assert.True(services.GetRequiredService<IOptions<WebhookOptions>>().Value.AllowPrivateNetworks);
    }
}
