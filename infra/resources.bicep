// Everything NewsWatch needs inside one resource group. main.bicep deploys it at subscription
// scope for azd; it also deploys on its own into an existing group:
//   az deployment group create -g <group> --template-file infra/resources.bicep -p environmentName=<name>
targetScope = 'resourceGroup'

@minLength(1)
@maxLength(64)
@description('Name of the environment; seeds the unique suffix of every resource name.')
param environmentName string

@description('Azure region for all resources; it must offer the Flex Consumption plan.')
param location string = resourceGroup().location

@minLength(2)
@maxLength(12)
@description('Short prefix in resource names, letters and digits only.')
param namePrefix string = 'newswatch'

@description('Tags for every resource.')
param tags object = {}

@description('NCRONTAB schedule (six fields, UTC) of the PollFeeds timer.')
param pollSchedule string = '0 */5 * * * *'

@description('NCRONTAB schedule (six fields, UTC) of the DeliverWebhooks timer.')
param deliverySchedule string = '0 * * * * *'

@description('Minimum classifier score for an item to raise an alert.')
param minScore string = '0.5'

@minValue(40)
@maxValue(1000)
@description('Upper bound on Flex Consumption instances.')
param maximumInstanceCount int = 40

@allowed([
  512
  2048
  4096
])
@description('Memory of each Flex Consumption instance, in MB.')
param instanceMemoryMB int = 2048

@description('Object id of a person or pipeline principal to grant Storage Table Data Contributor (to seed feeds with the CLI). Empty: none.')
param operatorPrincipalId string = ''

@description('Object id of the principal to grant Key Vault Secrets Officer on the vault, to create and rotate the data key. Empty: none.')
param vaultOfficerPrincipalId string = ''

var prefix = toLower(namePrefix)
var token = toLower(uniqueString(subscription().id, resourceGroup().id, environmentName, location))
var functionAppName = 'func-${prefix}-${token}'
// Storage account names: 3-24 lowercase letters and digits.
var storageAccountName = take('st${replace(prefix, '-', '')}${token}', 24)
var identityName = 'id-${prefix}-${token}'
var applicationInsightsName = 'appi-${prefix}-${token}'
// Vault names: 3-24 letters, digits and hyphens, globally unique; cut inside the token, never at a hyphen.
var keyVaultName = take('kv-${replace(prefix, '-', '')}-${token}', 24)
// The Key Vault secret whose versions are the data keys that seal webhook secrets at rest.
var dataKeyName = 'newswatch-data-key'
var deploymentContainerName = 'app-package'

module identity 'modules/identity.bicep' = {
  name: 'identity'
  params: {
    name: identityName
    location: location
    tags: tags
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    logAnalyticsName: 'log-${prefix}-${token}'
    applicationInsightsName: applicationInsightsName
    location: location
    tags: tags
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    name: storageAccountName
    location: location
    tags: tags
    deploymentContainerName: deploymentContainerName
  }
}

module roles 'modules/roles.bicep' = {
  name: 'roles'
  params: {
    identityName: identityName
    operatorPrincipalId: operatorPrincipalId
    storageAccountName: storageAccountName
    applicationInsightsName: applicationInsightsName
  }
  // Names known before deployment keep What-If precise; the order comes from here instead.
  dependsOn: [
    identity
    storage
    monitoring
  ]
}

module keyVault 'modules/key-vault.bicep' = {
  name: 'key-vault'
  params: {
    name: keyVaultName
    location: location
    tags: tags
    identityName: identityName
    vaultOfficerPrincipalId: vaultOfficerPrincipalId
  }
  dependsOn: [
    identity
  ]
}

module functionApp 'modules/function-app.bicep' = {
  name: 'function-app'
  params: {
    name: functionAppName
    planName: 'plan-${prefix}-${token}'
    location: location
    tags: tags
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    storageAccountName: storage.outputs.name
    blobEndpoint: storage.outputs.blobEndpoint
    tableServiceUri: storage.outputs.tableServiceUri
    deploymentContainerName: deploymentContainerName
    applicationInsightsConnectionString: monitoring.outputs.applicationInsightsConnectionString
    maximumInstanceCount: maximumInstanceCount
    instanceMemoryMB: instanceMemoryMB
    pollSchedule: pollSchedule
    deliverySchedule: deliverySchedule
    minScore: minScore
    keyVaultUri: keyVault.outputs.uri
    dataKeyName: dataKeyName
  }
  // The host takes its timer locks in blob storage as soon as it starts, and the app reads the
  // data key: grant the roles first (the vault's come with its module, which keyVaultUri waits for).
  dependsOn: [
    roles
  ]
}

output functionAppName string = functionApp.outputs.name
output functionAppUri string = functionApp.outputs.uri
output storageAccountName string = storage.outputs.name
output tableServiceUri string = storage.outputs.tableServiceUri
output identityClientId string = identity.outputs.clientId
output applicationInsightsName string = monitoring.outputs.applicationInsightsName
output keyVaultName string = keyVault.outputs.name
output keyVaultUri string = keyVault.outputs.uri
output dataKeyName string = dataKeyName
