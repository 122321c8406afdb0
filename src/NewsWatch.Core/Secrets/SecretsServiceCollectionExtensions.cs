using Azure.Security.KeyVault.Secrets;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace NewsWatch.Core.Secrets;

internal static class SecretsServiceCollectionExtensions
{
    /// <summary>The data key ring the configuration names (a Key Vault secret, or a local file) and the sealer over it.</summary>
    public static IServiceCollection AddSecrets(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SecretsOptions>().Bind(configuration.GetSection(SecretsOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IDataKeyRing>(sp => CreateRing(sp.GetRequiredService<IOptions<SecretsOptions>>().Value, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new SecretSealer(sp.GetRequiredService<IDataKeyRing>(), !sp.GetRequiredService<IOptions<SecretsOptions>>().Value.RequireSealed));
        return services;
    }

    private static IDataKeyRing CreateRing(SecretsOptions options, TimeProvider time)
    {
        if (string.IsNullOrWhiteSpace(options.KeyVaultUri))
            return new FileDataKeyRing(options.KeyFilePath(), time);

        var client = new SecretClient(new Uri(options.KeyVaultUri), AzureIdentity.Credential(options.ClientId));
        return new KeyVaultDataKeyRing(client, options.KeyName, options.CurrentKeyLifetime, time);
    }
}
