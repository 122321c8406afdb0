// The identity's data-plane roles, by their built-in role definition ids (the same in every
// tenant: https://learn.microsoft.com/azure/role-based-access-control/built-in-roles).
// None of these roles can read or list account keys.

@description('Name of the user-assigned managed identity that gets the roles.')
param identityName string

@description('Name of the storage account that holds the tables, host data and deployment package.')
param storageAccountName string

@description('Name of the Application Insights component that the identity publishes telemetry to.')
param applicationInsightsName string

@description('Object id of a person (or pipeline principal) who may read and write the NewsWatch tables, for example to seed feeds with the CLI. Empty: nobody but the app.')
param operatorPrincipalId string = ''

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' existing = {
  name: identityName
}

resource storageAccount 'Microsoft.Storage/storageAccounts@2025-06-01' existing = {
  name: storageAccountName
}

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: applicationInsightsName
}

// Storage Table Data Contributor: NewsWatch's tables (Feeds, Items, Links, Alerts,
// Subscriptions, Deliveries, Stories, HubSubscriptions, HostPauses), which the app creates on first use.
resource tableDataContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storageAccount.id, identity.id, '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3')
  scope: storageAccount
  properties: {
    roleDefinitionId: subscriptionResourceId(
      'Microsoft.Authorization/roleDefinitions',
      '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
    )
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

// Storage Blob Data Owner: the deployment package container, and the Functions host's own
// containers (azure-webjobs-hosts: timer locks and schedule status; azure-webjobs-secrets: keys).
resource blobDataOwner 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storageAccount.id, identity.id, 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b')
  scope: storageAccount
  properties: {
    roleDefinitionId: subscriptionResourceId(
      'Microsoft.Authorization/roleDefinitions',
      'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
    )
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

// Storage Queue Data Contributor: the host's queue client over AzureWebJobsStorage. The timers
// themselves only need blobs; queue-based host features (blob triggers, queue outputs) need this.
resource queueDataContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storageAccount.id, identity.id, '974c5e8b-45b9-4653-ba55-5f855dd0fb88')
  scope: storageAccount
  properties: {
    roleDefinitionId: subscriptionResourceId(
      'Microsoft.Authorization/roleDefinitions',
      '974c5e8b-45b9-4653-ba55-5f855dd0fb88'
    )
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

// Monitoring Metrics Publisher: Entra-authenticated telemetry (local auth is off on the component).
resource metricsPublisher 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(applicationInsights.id, identity.id, '3913510d-42f4-4e42-8a64-420c390055eb')
  scope: applicationInsights
  properties: {
    roleDefinitionId: subscriptionResourceId(
      'Microsoft.Authorization/roleDefinitions',
      '3913510d-42f4-4e42-8a64-420c390055eb'
    )
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

// Optional: Storage Table Data Contributor for an operator, so that the NewsWatch CLI can seed and
// inspect the tables with the operator's own Entra sign-in (still no key). Deliberately nothing on
// the Key Vault: the tables hold webhook secrets sealed with the data key there, and reading the
// tables must not be enough to open them (key-vault.bicep grants its own, separate roles).
resource operatorTableDataContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(operatorPrincipalId)) {
  name: guid(storageAccount.id, operatorPrincipalId, '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3')
  scope: storageAccount
  properties: {
    roleDefinitionId: subscriptionResourceId(
      'Microsoft.Authorization/roleDefinitions',
      '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
    )
    principalId: operatorPrincipalId
  }
}
