using Microsoft.Extensions.DependencyInjection;
using NewsWatch.Core.Classification;

namespace NewsWatch.Core.Tests.Classification;

public class ClassificationServiceCollectionExtensionsTests
{
    [Fact]
    public void AddClassification_ResolvesOneSharedClassifier()
    {
        using var provider = new ServiceCollection().AddClassification().BuildServiceProvider();

        Assert.Same(provider.GetRequiredService<Classifier>(), provider.GetRequiredService<Classifier>());
    }
}
