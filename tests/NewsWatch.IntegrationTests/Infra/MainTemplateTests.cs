using System.Text.Json.Nodes;

namespace NewsWatch.IntegrationTests.Infra;

/// <summary>
/// What infra/main.bicep deploys, read from its compiled ARM JSON: a Flex Consumption app on
/// .NET 10 isolated that reaches storage and Application Insights with a user-assigned identity
/// and never with a key.
/// </summary>
public sealed class MainTemplateTests
{
    private const string TableDataContributor = "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3";
    private const string BlobDataOwner = "b7e6dc6d-f1e8-4753-8033-0f276bb0955b";
    private const string QueueDataContributor = "974c5e8b-45b9-4653-ba55-5f855dd0fb88";
    private const string MonitoringMetricsPublisher = "3913510d-42f4-4e42-8a64-420c390055eb";
    private const string KeyVaultSecretsUser = "4633458b-17de-408a-b874-0445c86b69e6";
    private const string KeyVaultSecretsOfficer = "b86a8fe4-44ce-4948-aee5-eccb2c155cd7";

    [Fact]
    public void MainBicep_Builds_WithoutWarningsOrErrors()
    {
        var template = CompiledTemplate.Get();

        Assert.DoesNotContain("Warning", template.Diagnostics, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Error", template.Diagnostics, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("subscription", ScopeOf(template.Root));
    }

    [Fact]
    public void Template_DeclaresAFlexConsumptionLinuxFunctionApp_WithStorageIdentityAndMonitoring()
    {
        var template = CompiledTemplate.Get();

        var plan = template.Single("Microsoft.Web/serverfarms");
        Assert.Equal("FC1", plan.Value("sku.name"));
        Assert.Equal("FlexConsumption", plan.Value("sku.tier"));
        Assert.Equal("true", plan.Value("properties.reserved"));

        var site = template.Single("Microsoft.Web/sites");
        Assert.Equal("functionapp,linux", site.Value("kind"));
        Assert.Contains("Microsoft.Web/serverfarms", site.Value("properties.serverFarmId"), StringComparison.Ordinal);

        var storage = template.Single("Microsoft.Storage/storageAccounts");
        Assert.Equal("StorageV2", storage.Value("kind"));
        template.Single("Microsoft.ManagedIdentity/userAssignedIdentities");
        template.Single("Microsoft.OperationalInsights/workspaces");
        var insights = template.Single("Microsoft.Insights/components");
        Assert.Contains("Microsoft.OperationalInsights/workspaces", insights.Value("properties.WorkspaceResourceId"), StringComparison.Ordinal);
    }

    [Fact]
    public void FunctionApp_RunsDotnetIsolated10_FromABlobContainerReachedWithTheUserAssignedIdentity()
    {
        var site = CompiledTemplate.Get().Single("Microsoft.Web/sites");

        Assert.Equal("dotnet-isolated", site.Value("properties.functionAppConfig.runtime.name"));
        Assert.Equal("10.0", site.Value("properties.functionAppConfig.runtime.version"));
        Assert.Equal("UserAssigned", site.Value("identity.type"));
        Assert.Equal("blobContainer", site.Value("properties.functionAppConfig.deployment.storage.type"));
        Assert.Equal("UserAssignedIdentity", site.Value("properties.functionAppConfig.deployment.storage.authentication.type"));
        Assert.False(string.IsNullOrEmpty(site.Value("properties.functionAppConfig.deployment.storage.authentication.userAssignedIdentityResourceId")));
        Assert.Null(site.Find("properties.functionAppConfig.deployment.storage.authentication.storageAccountConnectionStringName"));
    }

    [Fact]
    public void FunctionApp_IsHttpsOnly_WithTls12_AndNoBasicPublishingCredentials()
    {
        var template = CompiledTemplate.Get();
        var site = template.Single("Microsoft.Web/sites");

        Assert.Equal("true", site.Value("properties.httpsOnly"));
        Assert.Equal("1.2", site.Value("properties.siteConfig.minTlsVersion"));
        Assert.Equal("Disabled", site.Value("properties.siteConfig.ftpsState"));
        var policies = template.OfType("Microsoft.Web/sites/basicPublishingCredentialsPolicies");
        Assert.Equal(["'ftp'", "'scm'"], policies.Select(p => LastNameSegment(p.Value("name"))).Order(StringComparer.Ordinal));
        Assert.All(policies, p => Assert.Equal("false", p.Value("properties.allow")));
    }

    [Fact]
    public void StorageAccount_RefusesSharedKeys_PublicBlobs_PlainHttp_AndTlsBelow12()
    {
        var storage = CompiledTemplate.Get().Single("Microsoft.Storage/storageAccounts");

        Assert.Equal("false", storage.Value("properties.allowSharedKeyAccess"));
        Assert.Equal("TLS1_2", storage.Value("properties.minimumTlsVersion"));
        Assert.Equal("true", storage.Value("properties.supportsHttpsTrafficOnly"));
        Assert.Equal("false", storage.Value("properties.allowBlobPublicAccess"));
        Assert.Equal("true", storage.Value("properties.defaultToOAuthAuthentication"));
    }

    [Theory]
    [InlineData(TableDataContributor, "Microsoft.Storage/storageAccounts")]
    [InlineData(BlobDataOwner, "Microsoft.Storage/storageAccounts")]
    [InlineData(QueueDataContributor, "Microsoft.Storage/storageAccounts")]
    [InlineData(MonitoringMetricsPublisher, "Microsoft.Insights/components")]
    [InlineData(KeyVaultSecretsUser, "Microsoft.KeyVault/vaults")]
    public void Identity_IsGrantedEachDataRole_ByItsBuiltInRoleDefinitionId(string roleDefinitionId, string scopeType)
    {
        var assignments = CompiledTemplate.Get().OfType("Microsoft.Authorization/roleAssignments")
            .Where(a => a.Value("properties.roleDefinitionId")?.Contains(roleDefinitionId, StringComparison.OrdinalIgnoreCase) == true)
            .Where(a => a.Value("properties.principalId")?.Contains("Microsoft.ManagedIdentity/userAssignedIdentities", StringComparison.Ordinal) == true)
            .ToList();

        var assignment = Assert.Single(assignments);
        Assert.Contains("Microsoft.Authorization/roleDefinitions", assignment.Value("properties.roleDefinitionId"), StringComparison.Ordinal);
        Assert.Contains(scopeType, assignment.Value("scope"), StringComparison.Ordinal);
        Assert.Equal("ServicePrincipal", assignment.Value("properties.principalType"));
        Assert.Null(assignment.Body["condition"]);
    }

    [Fact]
    public void OperatorAccess_IsOptional_AndLimitedToTheTables()
    {
        var template = CompiledTemplate.Get();
        var assignments = template.OfType("Microsoft.Authorization/roleAssignments")
            .Where(a => a.Value("properties.principalId") == "[parameters('operatorPrincipalId')]")
            .ToList();

        var operatorAccess = Assert.Single(assignments);
        Assert.Contains(TableDataContributor, operatorAccess.Value("properties.roleDefinitionId"), StringComparison.Ordinal);
        Assert.Contains("Microsoft.Storage/storageAccounts", operatorAccess.Value("scope"), StringComparison.Ordinal);
        Assert.Contains("empty(parameters('operatorPrincipalId'))", operatorAccess.Value("condition"), StringComparison.Ordinal);
        Assert.Equal("", template.Root["parameters"]!["operatorPrincipalId"]!["defaultValue"]!.ToString());
    }

    [Fact]
    public void KeyVault_AuthorizesWithRbac_AndKeepsDeletedKeysRecoverable()
    {
        var vault = CompiledTemplate.Get().Single("Microsoft.KeyVault/vaults");

        Assert.Equal("true", vault.Value("properties.enableRbacAuthorization"));
        Assert.Null(vault.Find("properties.accessPolicies"));
        Assert.Equal("true", vault.Value("properties.enableSoftDelete"));
        Assert.Equal("true", vault.Value("properties.enablePurgeProtection"));
        Assert.Equal("[parameters('softDeleteRetentionInDays')]", vault.Value("properties.softDeleteRetentionInDays"));
        Assert.Equal("90", vault.Template["parameters"]!["softDeleteRetentionInDays"]!["defaultValue"]!.ToString());
        Assert.Equal("false", vault.Value("properties.enabledForTemplateDeployment"));
    }

    [Fact]
    public void KeyVault_OnlyTheAppIdentityReadsIt_AndTheOfficerIsOptional()
    {
        var template = CompiledTemplate.Get();
        var onVault = template.OfType("Microsoft.Authorization/roleAssignments")
            .Where(a => a.Value("scope")?.Contains("Microsoft.KeyVault/vaults", StringComparison.Ordinal) == true)
            .ToList();

        Assert.Equal(2, onVault.Count);
        var reader = Assert.Single(onVault, a => a.Value("properties.roleDefinitionId")!.Contains(KeyVaultSecretsUser, StringComparison.Ordinal));
        Assert.Contains("Microsoft.ManagedIdentity/userAssignedIdentities", reader.Value("properties.principalId"), StringComparison.Ordinal);
        Assert.Null(reader.Body["condition"]);
        var officer = Assert.Single(onVault, a => a.Value("properties.roleDefinitionId")!.Contains(KeyVaultSecretsOfficer, StringComparison.Ordinal));
        Assert.Equal("[parameters('vaultOfficerPrincipalId')]", officer.Value("properties.principalId"));
        Assert.Contains("empty(parameters('vaultOfficerPrincipalId'))", officer.Value("condition"), StringComparison.Ordinal);
        Assert.Equal("", template.Root["parameters"]!["vaultOfficerPrincipalId"]!["defaultValue"]!.ToString());
    }

    [Fact]
    public void TableOperator_GetsNoVaultRole_SoReadingTheTablesDoesNotOpenTheSecrets()
    {
        var assignments = CompiledTemplate.Get().OfType("Microsoft.Authorization/roleAssignments");

        var operatorRoles = assignments.Where(a => a.Value("properties.principalId")?.Contains("operatorPrincipalId", StringComparison.Ordinal) == true).ToList();

        Assert.NotEmpty(operatorRoles);
        Assert.All(operatorRoles, a =>
        {
            Assert.DoesNotContain("Microsoft.KeyVault", a.Value("scope"), StringComparison.Ordinal);
            Assert.DoesNotContain(KeyVaultSecretsUser, a.Value("properties.roleDefinitionId"), StringComparison.Ordinal);
            Assert.DoesNotContain(KeyVaultSecretsOfficer, a.Value("properties.roleDefinitionId"), StringComparison.Ordinal);
        });
    }

    [Fact]
    public void AppSettings_NameTheVault_TheDataKey_AndTheIdentityThatReadsIt()
    {
        var template = CompiledTemplate.Get();
        var settings = AppSettings(template);

        Assert.Equal("[parameters('keyVaultUri')]", settings["NewsWatch__Secrets__KeyVaultUri"]);
        Assert.Equal("[parameters('dataKeyName')]", settings["NewsWatch__Secrets__KeyName"]);
        Assert.Equal(settings["AzureWebJobsStorage__clientId"], settings["NewsWatch__Secrets__ClientId"]);
        Assert.Contains("vaultUri", template.Module("key-vault")["outputs"]!["uri"]!["value"]!.ToString(), StringComparison.Ordinal);
        Assert.Equal("newswatch-data-key", template.Module("newswatch-resources")["variables"]!["dataKeyName"]!.ToString());
    }

    [Fact]
    public void AppSettings_ReachHostStorage_TablesAndTelemetry_WithTheManagedIdentity()
    {
        var template = CompiledTemplate.Get();
        var settings = AppSettings(template);

        Assert.False(string.IsNullOrEmpty(settings["AzureWebJobsStorage__accountName"]));
        Assert.Equal("managedidentity", settings["AzureWebJobsStorage__credential"]);
        var clientId = settings["AzureWebJobsStorage__clientId"];
        Assert.False(string.IsNullOrEmpty(clientId));
        Assert.Equal(clientId, settings["NewsWatch__StorageClientId"]);
        Assert.Contains("Authorization=AAD", settings["APPLICATIONINSIGHTS_AUTHENTICATION_STRING"], StringComparison.Ordinal);
        Assert.Contains("ClientId=", settings["APPLICATIONINSIGHTS_AUTHENTICATION_STRING"], StringComparison.Ordinal);

        // NewsWatch__Storage is the table service URI that the storage module outputs.
        Assert.Equal("[parameters('tableServiceUri')]", settings["NewsWatch__Storage"]);
        var tableServiceUri = template.Module("storage")["outputs"]!["tableServiceUri"]!["value"]!.ToString();
        Assert.Contains("https://{0}.table.{1}", tableServiceUri, StringComparison.Ordinal);
    }

    [Fact]
    public void AppSettings_ConfigureNewsWatch_ForAzure()
    {
        var template = CompiledTemplate.Get();
        var settings = AppSettings(template);

        Assert.Equal("false", settings["NewsWatch__Webhooks__AllowPrivateNetworks"]);
        Assert.Equal("false", settings["NewsWatch__Feeds__AllowPrivateNetworks"]);
        Assert.Equal("[parameters('pollSchedule')]", settings["NewsWatch__PollSchedule"]);
        Assert.Equal("[parameters('deliverySchedule')]", settings["NewsWatch__DeliverySchedule"]);
        Assert.Equal("[parameters('minScore')]", settings["NewsWatch__Classification__MinScore"]);
    }

    [Fact]
    public void Parameters_AllHaveSaneDefaults_ExceptTheEnvironmentName()
    {
        var parameters = CompiledTemplate.Get().Root["parameters"]!.AsObject();

        Assert.Null(parameters["environmentName"]!["defaultValue"]);
        Assert.All(parameters.Where(p => p.Key != "environmentName"), p => Assert.NotNull(p.Value!["defaultValue"]));
        Assert.Equal("[deployment().location]", parameters["location"]!["defaultValue"]!.ToString());
        Assert.Equal("newswatch", parameters["namePrefix"]!["defaultValue"]!.ToString());
        Assert.Equal("0 */5 * * * *", parameters["pollSchedule"]!["defaultValue"]!.ToString());
        Assert.Equal("0 * * * * *", parameters["deliverySchedule"]!["defaultValue"]!.ToString());
        Assert.Equal("0.5", parameters["minScore"]!["defaultValue"]!.ToString());
    }

    [Fact]
    public void AppSettings_HoldNoAccountKeyOrKeyedConnectionString()
    {
        var settings = AppSettings(CompiledTemplate.Get());

        string[] forbidden = ["AccountKey", "listKeys(", "SharedAccessKey", "SharedAccessSignature", "DefaultEndpointsProtocol"];
        foreach (var (name, value) in settings)
        {
            foreach (var word in forbidden)
                Assert.False(value.Contains(word, StringComparison.OrdinalIgnoreCase), $"App setting {name} contains {word}: {value}");
        }

        Assert.DoesNotContain("AzureWebJobsStorage", settings.Keys);
        Assert.DoesNotContain("WEBSITE_CONTENTAZUREFILECONNECTIONSTRING", settings.Keys);
    }

    [Fact]
    public void Template_NeverReadsOrEmbedsStorageKeys()
    {
        var json = CompiledTemplate.Get().Json;

        foreach (var word in new[] { "listKeys", "listAccountSas", "listServiceSas", "AccountKey=", "SharedAccessSignature=" })
            Assert.DoesNotContain(word, json, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void AppSettings_LeaveTheRuntimeToFunctionAppConfig_AsFlexConsumptionRequires()
    {
        var settings = AppSettings(CompiledTemplate.Get());

        foreach (var name in new[] { "FUNCTIONS_WORKER_RUNTIME", "FUNCTIONS_EXTENSION_VERSION", "WEBSITE_RUN_FROM_PACKAGE", "WEBSITE_CONTENTSHARE" })
            Assert.DoesNotContain(name, settings.Keys);
    }

    [Fact]
    public void Timers_RunOnceAcrossInstances_ThroughTheHostBlobLock_AndNeverOnStartup()
    {
        var template = CompiledTemplate.Get();
        var settings = AppSettings(template);

        // The host's singleton lock for each timer is a blob lease in AzureWebJobsStorage.
        Assert.True(settings.ContainsKey("AzureWebJobsStorage__accountName"));
        Assert.Contains(template.OfType("Microsoft.Authorization/roleAssignments"),
            a => a.Value("properties.roleDefinitionId")?.Contains(BlobDataOwner, StringComparison.OrdinalIgnoreCase) == true);
        var functions = Path.Combine(template.RepositoryRoot, "src", "NewsWatch.Functions");
        foreach (var file in Directory.EnumerateFiles(functions, "*.cs", SearchOption.AllDirectories).Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
            Assert.DoesNotContain("RunOnStartup", File.ReadAllText(file), StringComparison.Ordinal);
    }

    [Fact]
    public void ApplicationInsights_AcceptsOnlyEntraAuthenticatedTelemetry()
    {
        var insights = CompiledTemplate.Get().Single("Microsoft.Insights/components");

        Assert.Equal("true", insights.Value("properties.DisableLocalAuth"));
    }

    [Fact]
    public void Outputs_GiveAzdTheResourceGroupAndTheAppsNameAndUrl()
    {
        var template = CompiledTemplate.Get();
        var outputs = template.Root["outputs"]!.AsObject();

        foreach (var name in new[] { "AZURE_LOCATION", "AZURE_TENANT_ID", "AZURE_RESOURCE_GROUP", "AZURE_FUNCTION_APP_NAME", "SERVICE_API_NAME", "SERVICE_API_URI", "NEWSWATCH_KEY_VAULT_NAME", "NEWSWATCH_KEY_VAULT_URI", "NEWSWATCH_DATA_KEY_NAME" })
            Assert.True(outputs.ContainsKey(name), $"main.bicep has no output {name}.");
        var uri = template.Module("function-app")["outputs"]!["uri"]!["value"]!.ToString();
        Assert.StartsWith("[format('https://{0}'", uri, StringComparison.Ordinal);
    }

    [Fact]
    public void FunctionApp_IsTheApiServiceThatAzureYamlDeploys()
    {
        var template = CompiledTemplate.Get();
        var site = template.Single("Microsoft.Web/sites");
        var azureYaml = File.ReadAllLines(Path.Combine(template.RepositoryRoot, "azure.yaml")).Select(l => l.Trim()).ToList();

        Assert.Contains("createObject('azd-service-name', 'api')", site.Value("tags"), StringComparison.Ordinal);
        Assert.Contains("api:", azureYaml);
        Assert.Contains("project: ./src/NewsWatch.Functions", azureYaml);
        Assert.Contains("host: function", azureYaml);
        Assert.Contains("language: dotnet", azureYaml);
        Assert.True(File.Exists(Path.Combine(template.RepositoryRoot, "src", "NewsWatch.Functions", "NewsWatch.Functions.csproj")));
    }

    /// <summary>The function app's app settings by name, values as written in the template.</summary>
    private static Dictionary<string, string> AppSettings(CompiledTemplate template)
    {
        var site = template.Single("Microsoft.Web/sites");
        var array = Assert.IsType<JsonArray>(site.Find("properties.siteConfig.appSettings"), exactMatch: false);
        var settings = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var setting in array)
            settings.Add(setting!["name"]!.ToString(), setting["value"]!.ToString());
        return settings;
    }

    private static string ScopeOf(JsonObject template) =>
        template["$schema"]!.ToString().Contains("subscriptionDeploymentTemplate", StringComparison.Ordinal) ? "subscription" : "resourceGroup";

    private static string LastNameSegment(string? name) =>
        name?.Split(',').Last().Trim().TrimEnd(')', ']').Trim() ?? "";
}
