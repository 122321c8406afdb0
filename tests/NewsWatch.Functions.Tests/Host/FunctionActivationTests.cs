using System.Reflection;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NewsWatch.Core;
using NewsWatch.Functions.Functions;

namespace NewsWatch.Functions.Tests.Host;

/// <summary>The worker makes a function's class from DI for every call: each must be makeable from what AddNewsWatch registers.</summary>
public sealed class FunctionActivationTests
{
    public static readonly TheoryData<string> FunctionClasses = [.. typeof(PollFeeds).Assembly.GetTypes()
        .Where(type => type.GetMethods().Any(method => method.GetCustomAttribute<FunctionAttribute>() is not null))
        .Select(type => type.FullName!)];

    [Theory]
    [MemberData(nameof(FunctionClasses))]
    public void FunctionClass_IsMadeFromTheAppsServices(string typeName)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["NewsWatch:Storage"] = "UseDevelopmentStorage=true" }).Build();
        // The worker's host registers IConfiguration itself; some options bind from it.
        using var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration)
            .AddNewsWatch(configuration).BuildServiceProvider(validateScopes: true);

        var function = ActivatorUtilities.CreateInstance(services, typeof(PollFeeds).Assembly.GetType(typeName)!);

        Assert.NotNull(function);
    }

    [Fact]
    public void TheAssembly_HasAClassForEveryFunctionInTheMetadata()
    {
        var entryPoints = Support.FunctionsMetadata.Read().Select(f => f.EntryPoint[..f.EntryPoint.LastIndexOf('.')]).Distinct().Order(StringComparer.Ordinal);

        Assert.Equal(entryPoints, FunctionClasses.Select(row => row.Data).Order(StringComparer.Ordinal));
    }
}
