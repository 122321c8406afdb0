using NewsWatch.Core.Alerts;

namespace NewsWatch.Core.Tests.Alerts;

/// <summary>A public body's name translated by another outlet keeps the words it is made of.</summary>
public class BodyConceptsTests
{
    [Theory]
    [InlineData("Agencia Tamaresa de Evaluación de Modelos", "Agência Tamaresa de Avaliação de Modelos")]
    [InlineData("Tamaran Institute for AI Safety", "Istituto tamarese per la sicurezza dell'IA")]
    [InlineData("Centre tamarien d'évaluation des systèmes d'IA", "Tamaran Centre for AI Systems Evaluation")]
    [InlineData("Institute for Trust and Innovation", "Instituto para la Confianza y la Innovación en IA")]
    [InlineData("Tamaran Institute for Safety", "Institut tamarien pour la sûreté de l'IA")]
    [InlineData("Observatorio Tamarés de IA de Frontera", "Osservatorio tamarese sull'IA di frontiera")]
    public void KeyOf_TheSameBodyNamedInTwoLanguages_IsOneKey(string one, string other)
    {
        var key = BodyConcepts.KeyOf(one);

        Assert.NotNull(key);
        Assert.Equal(key, BodyConcepts.KeyOf(other));
    }

    [Theory]
    [InlineData("Tamaran Institute for AI Safety", "Vellorian Institute for AI Safety")]
    [InlineData("Tamaran Institute for AI Safety", "Tamaran Agency for AI Safety")]
    public void KeyOf_TwoBodies_AreTwoKeys(string one, string other) =>
        Assert.NotEqual(BodyConcepts.KeyOf(one), BodyConcepts.KeyOf(other));

    [Theory]
    [InlineData("National Institute for AI Safety")]
    [InlineData("Instituto Nacional de Seguridad de la IA")]
    [InlineData("Tamaran AI")]
    [InlineData("Council for Digital Ethics")]
    public void KeyOf_ANameOfOnlyCommonWordsOrNoKindOfBody_IsNone(string name) =>
        Assert.Null(BodyConcepts.KeyOf(name));
}
