using NewsWatch.Core.Alerts;

namespace NewsWatch.Core.Tests.Alerts;

public sealed class StoryKeyTests
{
    [Theory]
    [InlineData("Superalignment team", "superalignment")]
    [InlineData("l'équipe Superalignment", "superalignment")]
    [InlineData("Équipe  SUPERALIGNMENT", "superalignment")]
    [InlineData("Jan Leike", "jan leike")]
    [InlineData("Sécurité de l'IA", "securite ia")]
    [InlineData("Istituto Taquari", "taquari")]
    [InlineData("Instituto Taquari", "taquari")]
    [InlineData("Future of Life Institute", "future of life institute")]
    [InlineData("Future of Life Foundation", "future of life foundation")]
    public void Normalise_SpellsTheSameEntityTheSameAcrossLanguagesAndCasing(string name, string expected) =>
        Assert.Equal(expected, StoryKey.Normalise(name));

    [Fact]
    public void For_ABodyNamedByGenericWordsFirst_IsNotFiledUnderThem()
    {
        var keys = StoryKey.For([], [], ["National Bureau for Model Safety"]);

        Assert.DoesNotContain(keys, k => k.Partition == "o|national");
    }

    [Theory]
    [InlineData("Data Protection Commission", "o|protection")]
    [InlineData("Research Council of Norway", "o|council")]
    [InlineData("Centro Studi Amerigo", "o|studi")]
    public void For_ANameThatOpensWithWhatItIsButNoCentre_IsNotFiledUnderItsSecondWord(string name, string partition) =>
        Assert.DoesNotContain(StoryKey.For([], [], [name]), k => k.Partition == partition);

    [Fact]
    public void For_FilesAReportUnderEachPersonTeamAndOrganisationWhateverItsEvent()
    {
        var keys = StoryKey.For(["Jan Leike"], ["Superalignment team"], ["OpenAI"]);

        Assert.Equal(["p|jan leike", "f|leike", "t|superalignment", "o|openai", "f|openai"], keys.Select(k => k.Partition));
    }

    [Theory]
    [InlineData("Lanterna Labs", "Lanterna")]
    [InlineData("Nordlicht Institute for AI Safety", "Nordlicht")]
    [InlineData("Quimera Datos", "Quimera")]
    [InlineData("Centro Orsola per la sicurezza dell'intelligenza artificiale", "Orsola")]
    [InlineData("Orsola Centre for AI Safety", "Orsola")]
    public void For_FilesACompanyOrInstituteUnderItsNameWithoutWhatItIs_SoTheShortFormMeetsIt(string full, string short_)
    {
        var fullKeys = StoryKey.For([], [], [full]);
        var shortKeys = StoryKey.For([], [], [short_]);

        Assert.Contains(shortKeys.Single(k => k.Kind == StoryKey.Org), fullKeys);
    }

    [Fact]
    public void For_KeepsTwoInstitutesThatShareTheirFirstWordApart()
    {
        var humanity = StoryKey.For([], [], ["Future of Humanity Institute"]);
        var life = StoryKey.For([], [], ["Future of Life Institute"]);

        Assert.Empty(humanity.Intersect(life));
    }

    [Fact]
    public void For_DoesNotCutANameDownToACountryCode()
    {
        var keys = StoryKey.For([], [], ["UK AI Security Institute"]);

        Assert.Equal(["o|uk ai security institute"], keys.Select(k => k.Partition));
    }

    [Theory]
    [InlineData("Sigrun Hallvard-Okonjo", "Sigrun Hallvard")]
    [InlineData("Rocío Valdenebro-Iturbe", "Rocío Valdenebro")]
    public void For_FilesAHyphenatedFamilyNameByItsFirstHalfToo_SoAShorterSpellingMeetsIt(string full, string shorter)
    {
        var keys = StoryKey.For([full], [], []);

        Assert.Contains(StoryKey.For([shorter], [], []).First(k => k.Kind == StoryKey.Person), keys);
    }

    [Theory]
    [InlineData("Meiyun Tsao", "Tsao Meiyun")]
    [InlineData("Meiyun Tsao", "Tsao Mei-yun")]
    [InlineData("Park Seo-yeon", "Seoyeon Park")]
    public void For_FilesANameWrittenInAnotherOrderOrJoinedDifferentlyUnderOneKey(string one, string other)
    {
        var shared = StoryKey.For([one], [], []).Intersect(StoryKey.For([other], [], []));

        Assert.Contains(shared, k => k.Kind == StoryKey.Person);
    }

    [Theory]
    [InlineData("Zhang Wenli", "Li Wenzhang")]
    [InlineData("Wei Li", "Li Wei")]
    [InlineData("Maria Jose", "Jose Maria")]
    [InlineData("Leon Marsh", "Noel Harms")]
    [InlineData("Meiyun Tsao", "Meiyun Tsang")]
    public void For_GivesDifferentNamesWithTheSameLettersNoKeyInCommon(string one, string other) =>
        Assert.DoesNotContain(StoryKey.For([one], [], []).Intersect(StoryKey.For([other], [], [])), k => k.Kind == StoryKey.Person);

    [Theory]
    [InlineData("José Luis Escrivá", "José Luis Ortega")]
    [InlineData("Jean-Pierre Dupont", "Jean-Pierre Martin")]
    [InlineData("Maria della Rovere", "Lucia della Torre")]
    public void For_GivesTwoPeopleWhoShareOnlyGivenNamesOrAParticleNoKeyInCommon(string one, string other)
    {
        var shared = StoryKey.For([one], [], []).Intersect(StoryKey.For([other], [], []));

        Assert.Empty(shared);
    }

    [Fact]
    public void For_KeysATeamFoundFromContextByItsKindAtEachLabNamedInFullAndWithoutWhatItIs()
    {
        var kinds = new Dictionary<string, string> { ["équipe d'alignement"] = "safety" };

        var keys = StoryKey.For([], ["équipe d'alignement", "Superalignment"], ["Harrowfield Labs", "Tessel AI"], kinds);

        Assert.Equal(["t|superalignment", "t|safety at harrowfield labs", "t|safety at tessel ai", "t|safety at harrowfield", "t|safety at tessel", "o|harrowfield labs", "o|tessel ai", "o|harrowfield", "o|tessel"], keys.Select(k => k.Partition));
    }

    [Fact]
    public void For_KeysATeamKnownByNameByItsNameAndByItsKind()
    {
        var keys = StoryKey.For([], ["AI Ethics Board"], ["Tessel AI"], new Dictionary<string, string> { ["AI Ethics Board"] = "ethics" }, ["AI Ethics Board"]);

        Assert.Equal(["t|ai ethics board", "t|ethics at tessel ai", "t|ethics at tessel", "o|tessel ai", "o|tessel"], keys.Select(k => k.Partition));
    }

    [Fact]
    public void For_FilesAOneWordOrganisationAsAPossibleFamilyNameToo()
    {
        var keys = StoryKey.For([], [], ["Achterberg", "Halvorsen Dynamics"]);

        Assert.Equal(["o|achterberg", "o|halvorsen dynamics", "o|halvorsen", "f|achterberg"], keys.Select(k => k.Partition));
        Assert.True(StoryKey.IsOnlyPossiblyAPerson(keys[3], keys));
        Assert.False(StoryKey.IsOnlyPossiblyAPerson(new StoryKey(StoryKey.FamilyName, "achterberg"), [new StoryKey(StoryKey.FamilyName, "achterberg")]));
    }

    [Fact]
    public void For_WhenMoreThanTwoLabsAreNamed_KeysNoTeamByKind()
    {
        var kinds = new Dictionary<string, string> { ["AI safety team"] = "safety" };

        var keys = StoryKey.For([], ["AI safety team"], ["Microsoft", "OpenAI", "Anthropic"], kinds);

        Assert.DoesNotContain(keys, k => k.Kind == StoryKey.Team);
        Assert.Equal(3, keys.Count(k => k.Kind == StoryKey.Org));
    }

    [Fact]
    public void For_KeepsAtMostTheCap_PeopleFirst()
    {
        var orgs = Enumerable.Range(0, 100).Select(i => $"Lab {i}");

        var keys = StoryKey.For(["Mirela Osei"], [], orgs);

        Assert.Equal(StoryKey.MaxReportKeys, keys.Count);
        Assert.Equal("p|mirela osei", keys[0].Partition);
    }

    [Fact]
    public void For_WhenNoLabIsNamed_GivesATeamFoundFromContextNoKey()
    {
        var keys = StoryKey.For([], ["safety team"], [], new Dictionary<string, string> { ["safety team"] = "safety" });

        Assert.Empty(keys);
    }

    [Theory]
    [InlineData("p|jan leike")]
    [InlineData("t|safety at harrowfield labs")]
    [InlineData("o|lnaia")]
    public void Parse_ReadsBackAPartition(string partition) =>
        Assert.Equal(partition, StoryKey.Parse(partition)?.Partition);

    [Theory]
    [InlineData("")]
    [InlineData("x|jan leike")]
    [InlineData("p|")]
    [InlineData("pjan")]
    public void Parse_WhenThePartitionNamesNoKey_ReturnsNull(string partition) =>
        Assert.Null(StoryKey.Parse(partition));

    [Fact]
    public void For_APersonNamedByOneWord_IsFiledByFamilyName()
    {
        var keys = StoryKey.For(["Okonjo"], [], []);

        Assert.Equal([new StoryKey(StoryKey.FamilyName, "okonjo")], keys);
    }
}
