using Azure.Core;
using Azure.Identity;

namespace NewsWatch.Core;

/// <summary>How NewsWatch signs in to Azure services: as the given user-assigned managed identity, or as whatever identity the environment offers.</summary>
internal static class AzureIdentity
{
    public static TokenCredential Credential(string? userAssignedClientId) =>
        string.IsNullOrWhiteSpace(userAssignedClientId)
            ? new DefaultAzureCredential()
            : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(userAssignedClientId));
}
