// The Key Vault that holds NewsWatch's data key: the key that seals webhook secrets before they
// are stored in the Subscriptions table. It lives here and not in the storage account, so that
// whoever can read the tables (the operator role, a leaked table token, a backup) still cannot
// open the secrets in them.
//
// The data key is a secret (not a Key Vault key): its value is base64 of 32 random bytes, each
// version is one data key and the latest is the one that seals. infra/hooks/postprovision.sh
// creates the first version; docs/deploy.md says how to rotate it. Old versions must stay
// enabled: rows sealed with them are opened with them until each is re-sealed on its next read.

@description('Name of the vault (3-24 letters, digits and hyphens; globally unique).')
@minLength(3)
@maxLength(24)
param name string

@description('Azure region.')
param location string

@description('Tags for the vault.')
param tags object = {}

@description('Name of the app\'s user-assigned managed identity, which may read the data key and nothing more.')
param identityName string

@description('Object id of the principal that creates and rotates the data key (azd passes the signed-in principal, for the postprovision hook). Empty: nobody; grant it by hand.')
param vaultOfficerPrincipalId string = ''

@minValue(7)
@maxValue(90)
@description('Days a deleted vault or secret can still be recovered. With purge protection nobody can shorten this, so a deleted data key (and the secrets it sealed) stays recoverable.')
param softDeleteRetentionInDays int = 90

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' existing = {
  name: identityName
}

resource vault 'Microsoft.KeyVault/vaults@2025-05-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    // Azure RBAC, not access policies: who may read the key is a role assignment, like the storage roles.
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: softDeleteRetentionInDays
    // Purge protection cannot be turned off again; it is what makes a deletion recoverable for sure.
    enablePurgeProtection: true
    enabledForDeployment: false
    enabledForDiskEncryption: false
    enabledForTemplateDeployment: false
    // Reachable over the internet like the storage account: a Flex Consumption app without a
    // virtual network has no private path. Entra ID and the roles below are the boundary.
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      defaultAction: 'Allow'
      bypass: 'AzureServices'
    }
  }
}

// Roles go by their built-in role definition ids (the same in every tenant), as in roles.bicep.
// Key Vault Secrets User for the app's identity: it reads the data key's versions, never writes them.
resource appSecretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, identity.id, '4633458b-17de-408a-b874-0445c86b69e6')
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId(
      'Microsoft.Authorization/roleDefinitions',
      '4633458b-17de-408a-b874-0445c86b69e6'
    )
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

// Optional: Key Vault Secrets Officer for whoever deploys, so that the postprovision hook can
// create the first data key and that principal can rotate it later. The table operator of
// roles.bicep gets nothing here: a principal has vault access only if it is named in this parameter.
resource vaultOfficer 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(vaultOfficerPrincipalId)) {
  name: guid(vault.id, vaultOfficerPrincipalId, 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7')
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId(
      'Microsoft.Authorization/roleDefinitions',
      'b86a8fe4-44ce-4948-aee5-eccb2c155cd7'
    )
    principalId: vaultOfficerPrincipalId
  }
}

output id string = vault.id
output name string = vault.name
// https://<name>.vault.azure.net/ (with the trailing slash), the form NewsWatch__Secrets__KeyVaultUri takes.
output uri string = vault.properties.vaultUri
