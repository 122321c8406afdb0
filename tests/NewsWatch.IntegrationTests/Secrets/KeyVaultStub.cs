using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using System.Text.Json.Nodes;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Security.KeyVault.Secrets;
using Microsoft.AspNetCore.Http;

namespace NewsWatch.IntegrationTests.Secrets;

/// <summary>
/// The Key Vault secrets REST surface NewsWatch uses (get the latest version, get a version,
/// set a new version), over HTTPS on 127.0.0.1 with a self-signed certificate, behind Key
/// Vault's bearer challenge: the real SecretClient talks to it as it talks to a vault.
/// </summary>
internal sealed class KeyVaultStub : IAsyncDisposable
{
    public const string Token = "stub-token-for-the-loopback-vault";

    private readonly LoopbackHost host;
    private readonly X509Certificate2 certificate;
    private readonly ConcurrentDictionary<string, List<(string Version, string Value)>> secrets = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> disabled = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> createdAt = new(StringComparer.Ordinal);
    private int reads;
    private long created = 1_767_225_600;

    private KeyVaultStub(LoopbackHost host, X509Certificate2 certificate)
    {
        this.host = host;
        this.certificate = certificate;
    }

    public Uri VaultUri => host.BaseUri;

    /// <summary>Authorised reads of a secret so far: how often a client really asked the vault.</summary>
    public int Reads => Volatile.Read(ref reads);

    public static async Task<KeyVaultStub> StartAsync()
    {
        var certificate = SelfSigned();
        KeyVaultStub? stub = null;
        var host = await LoopbackHost.StartAsync(context => stub!.HandleAsync(context), certificate: certificate);
        stub = new KeyVaultStub(host, certificate);
        return stub;
    }

    /// <summary>A new version of a secret, as <c>az keyvault secret set</c> makes it.</summary>
    public string AddVersion(string name, string value)
    {
        var version = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var versions = secrets.GetOrAdd(name, _ => []);
        lock (versions)
            versions.Add((version, value));
        createdAt[version] = Interlocked.Increment(ref created);
        return version;
    }


    /// <summary>Disables one version, as <c>az keyvault secret set-attributes --enabled false</c> does: reading it is then a 403.</summary>
    public void Disable(string version) => disabled[version] = true;

    /// <summary>A real SecretClient for this vault, trusting only its certificate, with a fixed token.</summary>
    public SecretClient Client()
    {
        var handler = new HttpClientHandler
        {
            ServerCertificateCustomValidationCallback = (_, presented, _, _) => presented?.Thumbprint == certificate.Thumbprint,
        };
        var options = new SecretClientOptions
        {
            DisableChallengeResourceVerification = true,
            Transport = new HttpClientTransport(handler),
            Retry = { MaxRetries = 0 },
        };
        return new SecretClient(VaultUri, new FixedToken(), options);
    }

    private async Task HandleAsync(HttpContext context)
    {
        if (context.Request.Headers.Authorization.ToString() != "Bearer " + Token)
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            context.Response.Headers.WWWAuthenticate = "Bearer authorization=\"https://login.microsoftonline.com/00000000-0000-0000-0000-000000000000\", resource=\"https://vault.azure.net\"";
            return;
        }

        var segments = context.Request.Path.Value!.Trim('/').Split('/');
        if (segments is not ["secrets", var name, ..])
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        if (HttpMethods.IsPut(context.Request.Method))
        {
            var body = await JsonNode.ParseAsync(context.Request.Body);
            var version = AddVersion(name, body!["value"]!.GetValue<string>());
            await WriteSecretAsync(context, name, version, body["value"]!.GetValue<string>());
            return;
        }

        Interlocked.Increment(ref reads);
        var wanted = segments.Length > 2 && segments[2].Length > 0 ? segments[2] : null;
        if (Find(name, wanted) is not { } found)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            await context.Response.WriteAsJsonAsync(new { error = new { code = "SecretNotFound", message = $"A secret with (name/id) {name} was not found in this key vault." } });
            return;
        }

        if (disabled.ContainsKey(found.Version))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            await context.Response.WriteAsJsonAsync(new { error = new { code = "Forbidden", message = "Operation get is not allowed on a disabled secret.", innererror = new { code = "SecretDisabled" } } });
            return;
        }

        await WriteSecretAsync(context, name, found.Version, found.Value);
    }

    private (string Version, string Value)? Find(string name, string? version)
    {
        if (!secrets.TryGetValue(name, out var versions))
            return null;
        lock (versions)
        {
            if (versions.Count == 0)
                return null;
            return version is null ? versions[^1] : versions.FirstOrDefault(v => v.Version == version) is { Version: not null } match ? match : null;
        }
    }

    private Task WriteSecretAsync(HttpContext context, string name, string version, string value)
    {
        var secret = new JsonObject
        {
            ["value"] = value,
            ["id"] = new Uri(VaultUri, $"secrets/{name}/{version}").AbsoluteUri,
            ["attributes"] = new JsonObject { ["enabled"] = true, ["created"] = createdAt[version], ["updated"] = createdAt[version] },
        };
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(secret.ToJsonString(JsonSerializerOptions.Default));
    }

    private static X509Certificate2 SelfSigned()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddHours(1));
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pfx), null);
    }

    public async ValueTask DisposeAsync()
    {
        await host.DisposeAsync();
        certificate.Dispose();
    }

    /// <summary>Stands in for Microsoft Entra ID, which the loopback vault does not reach.</summary>
    private sealed class FixedToken : TokenCredential
    {
        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            new(Token, DateTimeOffset.UtcNow.AddHours(1));

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            ValueTask.FromResult(GetToken(requestContext, cancellationToken));
    }
}
