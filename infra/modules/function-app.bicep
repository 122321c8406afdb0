// The Flex Consumption (FC1) plan and the function app on .NET 10 isolated. Storage is reached
// with the user-assigned identity only: the host's AzureWebJobsStorage (which holds the
// timers' blob locks, so each timer runs once across instances), the NewsWatch tables and the
// deployment container. Flex Consumption takes the runtime from functionAppConfig, so
// FUNCTIONS_WORKER_RUNTIME and FUNCTIONS_EXTENSION_VERSION are not (and must not be) app settings.

@description('Name of the function app (also its host name).')
param name string

@description('Name of the Flex Consumption plan.')
param planName string

@description('Azure region.')
param location string

@description('Tags; the app also gets azd-service-name so that `azd deploy` finds it.')
param tags object = {}

@description('Resource id of the user-assigned managed identity.')
param identityId string

@description('Client id of the user-assigned managed identity.')
param identityClientId string

@description('Name of the storage account.')
param storageAccountName string

@description('Primary blob endpoint of the storage account (ends with a slash).')
param blobEndpoint string

@description('Table service URI of the storage account, without a trailing slash.')
param tableServiceUri string

@description('Blob container for the deployment package.')
param deploymentContainerName string

@description('Application Insights connection string (no secret: local auth is off on the component).')
param applicationInsightsConnectionString string

@description('Upper bound on instances.')
param maximumInstanceCount int

@description('Memory of each instance, in MB.')
param instanceMemoryMB int

@description('NCRONTAB schedule of the PollFeeds timer.')
param pollSchedule string

@description('NCRONTAB schedule of the DeliverWebhooks timer.')
param deliverySchedule string

@description('Minimum classifier score for an alert.')
param minScore string

@description('URI of the Key Vault that holds the data key (https://<name>.vault.azure.net/).')
param keyVaultUri string

@description('Name of the Key Vault secret whose versions are the data keys that seal webhook secrets.')
param dataKeyName string

resource plan 'Microsoft.Web/serverfarms@2025-03-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    name: 'FC1'
    tier: 'FlexConsumption'
  }
  properties: {
    reserved: true
  }
}

resource site 'Microsoft.Web/sites@2025-03-01' = {
  name: name
  location: location
  tags: union(tags, { 'azd-service-name': 'api' })
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientCertEnabled: false
    publicNetworkAccess: 'Enabled'
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${blobEndpoint}${deploymentContainerName}'
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identityId
          }
        }
      }
      scaleAndConcurrency: {
        maximumInstanceCount: maximumInstanceCount
        instanceMemoryMB: instanceMemoryMB
      }
      runtime: {
        name: 'dotnet-isolated'
        version: '10.0'
      }
    }
    siteConfig: {
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      ftpsState: 'Disabled'
      appSettings: [
        // Functions host storage over the identity: timer locks and schedule status, function keys.
        { name: 'AzureWebJobsStorage__accountName', value: storageAccountName }
        { name: 'AzureWebJobsStorage__credential', value: 'managedidentity' }
        { name: 'AzureWebJobsStorage__clientId', value: identityClientId }
        // Telemetry, authenticated with the identity (the host and the worker both read these).
        { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: applicationInsightsConnectionString }
        { name: 'APPLICATIONINSIGHTS_AUTHENTICATION_STRING', value: 'ClientId=${identityClientId};Authorization=AAD' }
        // NewsWatch: its tables reached by URI with the identity.
        { name: 'NewsWatch__Storage', value: tableServiceUri }
        { name: 'NewsWatch__StorageClientId', value: identityClientId }
        { name: 'NewsWatch__PollSchedule', value: pollSchedule }
        { name: 'NewsWatch__DeliverySchedule', value: deliverySchedule }
        { name: 'NewsWatch__Classification__MinScore', value: minScore }
        // In Azure, webhooks may only go to public addresses.
        { name: 'NewsWatch__Webhooks__AllowPrivateNetworks', value: 'false' }
        { name: 'NewsWatch__Feeds__AllowPrivateNetworks', value: 'false' }
        // The data key that seals webhook secrets lives in Key Vault, read with the identity: the
        // storage account holds only sealed secrets, never the key.
        { name: 'NewsWatch__Secrets__KeyVaultUri', value: keyVaultUri }
        { name: 'NewsWatch__Secrets__KeyName', value: dataKeyName }
        { name: 'NewsWatch__Secrets__ClientId', value: identityClientId }
      ]
    }
  }
}

// No publishing user names and passwords: deployments (azd, Core Tools, zip deploy) sign in with Entra ID.
resource ftpCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2025-03-01' = {
  parent: site
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource scmCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2025-03-01' = {
  parent: site
  name: 'scm'
  properties: {
    allow: false
  }
}

output name string = site.name
output uri string = 'https://${site.properties.defaultHostName}'
