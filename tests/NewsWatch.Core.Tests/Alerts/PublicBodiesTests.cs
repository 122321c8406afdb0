using NewsWatch.Core.Alerts;

namespace NewsWatch.Core.Tests.Alerts;

/// <summary>An institute, an agency or an unknown acronym names one body; a company or any country's generic institute does not.</summary>
public sealed class PublicBodiesTests
{
    [Theory]
    [InlineData("Nordlicht Institut")]
    [InlineData("UK AI Security Institute")]
    [InlineData("Instituto Taquari")]
    [InlineData("Schweizer KI-Sicherheitsinstitut")]
    [InlineData("Agence française de sûreté des systèmes d'IA")]
    [InlineData("Rijksdienst Digitale Infrastructuur")]
    public void IsSpecificBody_ANamedInstituteOrAgency_IsOne(string name) => Assert.True(PublicBodies.IsSpecificBody(name));

    [Theory]
    [InlineData("AI Safety Institute")]
    [InlineData("KI-Sicherheitsinstitut")]
    [InlineData("instituto nacional de seguridad de la IA")]
    [InlineData("Tarnwick Research")]
    [InlineData("OpenAI")]
    public void IsSpecificBody_ACompanyOrAGenericInstitute_IsNone(string name) => Assert.False(PublicBodies.IsSpecificBody(name));

    [Fact]
    public void Among_KeysTheBodiesAndTheAcronyms_NotTheCompanies()
    {
        var bodies = PublicBodies.Among(["Nordlicht Institut", "Tarnwick Research"], ["ANVIA"], "Italy sets up ANVIA, its new institute");

        Assert.Contains(new StoryKey(StoryKey.Org, "anvia"), bodies);
        Assert.Contains(new StoryKey(StoryKey.Org, "nordlicht"), bodies);
        Assert.DoesNotContain(new StoryKey(StoryKey.Org, "tarnwick research"), bodies);
    }

    [Fact]
    public void Among_ACompanysAcronym_InAReportThatSpeaksOfNoBody_IsNone() =>
        Assert.Empty(PublicBodies.Among([], ["IBM"], "IBM disbands its AI ethics team"));
}
