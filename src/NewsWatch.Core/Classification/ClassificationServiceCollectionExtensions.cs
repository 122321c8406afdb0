using Microsoft.Extensions.DependencyInjection;

namespace NewsWatch.Core.Classification;

public static class ClassificationServiceCollectionExtensions
{
    /// <summary>Registers the classifier, loaded once and shared: it holds no per-item state.</summary>
    public static IServiceCollection AddClassification(this IServiceCollection services)
    {
        services.AddSingleton<Classifier>();
        return services;
    }
}
