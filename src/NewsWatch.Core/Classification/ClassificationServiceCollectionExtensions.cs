using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace NewsWatch.Core.Classification;

public static class ClassificationServiceCollectionExtensions
{
    /// <summary>
    /// Registers the classifier, loaded once and shared: it holds no per-item state. It scores
    /// with the configured <see cref="ClassificationOptions.Scorer"/>, hand-set where none is bound.
    /// </summary>
    public static IServiceCollection AddClassification(this IServiceCollection services)
    {
        services.AddSingleton(sp => new Classifier(sp.GetService<IOptions<ClassificationOptions>>()?.Value.Scorer ?? ScorerKind.HandSet));
        return services;
    }
}
