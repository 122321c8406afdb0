// NewsWatch on Azure: one resource group holding a Flex Consumption (FC1) function app on
// .NET 10 isolated, its storage account, a user-assigned managed identity with the data roles
// it needs, a Key Vault for the data key that seals webhook secrets, and Application Insights
// on a Log Analytics workspace. No account keys anywhere: the app, the Functions host and the
// deployment all reach storage (and the app its data key) with the identity.
//
// `azd up` deploys this file (subscription scope, so azd creates the resource group);
// `az deployment sub create --template-file infra/main.bicep` does the same by hand, and
// `infra/resources.bicep` deploys the same resources into an existing resource group.
targetScope = 'subscription'

@minLength(1)
@maxLength(64)
@description('Name of the environment (azd sets it from AZURE_ENV_NAME). Names the resource group and seeds the unique suffix of every resource name.')
param environmentName string

@minLength(1)
@description('Azure region for all resources; by default the deployment\'s own. It must offer the Flex Consumption plan (for example eastus, westeurope, swedencentral).')
@metadata({
  azd: {
    type: 'location'
  }
})
param location string = deployment().location

@description('Name of the resource group to create. Defaults to rg-<environmentName>.')
param resourceGroupName string = ''

@minLength(2)
@maxLength(12)
@description('Short prefix in resource names, letters and digits only.')
param namePrefix string = 'newswatch'

@description('NCRONTAB schedule (six fields, UTC) of the PollFeeds timer.')
param pollSchedule string = '0 */5 * * * *'

@description('NCRONTAB schedule (six fields, UTC) of the DeliverWebhooks timer.')
param deliverySchedule string = '0 * * * * *'

@description('Minimum classifier score for an item to raise an alert.')
param minScore string = '0.5'

@minValue(40)
@maxValue(1000)
@description('Upper bound on Flex Consumption instances. The timers hold a blob lock, so more instances never run them twice.')
param maximumInstanceCount int = 40

@allowed([
  512
  2048
  4096
])
@description('Memory of each Flex Consumption instance, in MB.')
param instanceMemoryMB int = 2048

@description('Object id of a person or pipeline principal to grant Storage Table Data Contributor, to seed feeds with the CLI (azd passes the signed-in principal). Empty: none.')
param operatorPrincipalId string = ''

@description('Object id of the principal to grant Key Vault Secrets Officer on the vault, so that it can create and rotate the data key (azd passes the signed-in principal, for the postprovision hook). Empty: none. The table operator above gets no vault access.')
param vaultOfficerPrincipalId string = ''

var tags = {
  'azd-env-name': environmentName
  application: 'newswatch'
}

resource rg 'Microsoft.Resources/resourceGroups@2025-04-01' = {
  name: !empty(resourceGroupName) ? resourceGroupName : 'rg-${environmentName}'
  location: location
  tags: tags
}

module resources 'resources.bicep' = {
  name: 'newswatch-resources'
  scope: rg
  params: {
    environmentName: environmentName
    location: location
    namePrefix: namePrefix
    tags: tags
    pollSchedule: pollSchedule
    deliverySchedule: deliverySchedule
    minScore: minScore
    maximumInstanceCount: maximumInstanceCount
    instanceMemoryMB: instanceMemoryMB
    operatorPrincipalId: operatorPrincipalId
    vaultOfficerPrincipalId: vaultOfficerPrincipalId
  }
}

// azd reads these outputs into the environment (.azure/<env>/.env).
output AZURE_LOCATION string = location
output AZURE_TENANT_ID string = tenant().tenantId
output AZURE_RESOURCE_GROUP string = rg.name
output AZURE_FUNCTION_APP_NAME string = resources.outputs.functionAppName
output SERVICE_API_NAME string = resources.outputs.functionAppName
output SERVICE_API_URI string = resources.outputs.functionAppUri
output NEWSWATCH_STORAGE_ACCOUNT string = resources.outputs.storageAccountName
output NEWSWATCH_STORAGE string = resources.outputs.tableServiceUri
output NEWSWATCH_IDENTITY_CLIENT_ID string = resources.outputs.identityClientId
output APPLICATIONINSIGHTS_NAME string = resources.outputs.applicationInsightsName
// The postprovision hook (infra/hooks/postprovision.sh) creates the first data key here.
output NEWSWATCH_KEY_VAULT_NAME string = resources.outputs.keyVaultName
output NEWSWATCH_KEY_VAULT_URI string = resources.outputs.keyVaultUri
output NEWSWATCH_DATA_KEY_NAME string = resources.outputs.dataKeyName
