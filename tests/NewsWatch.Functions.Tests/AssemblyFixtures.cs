[assembly: AssemblyFixture(typeof(NewsWatch.Testing.AzuriteFixture))]
