[assembly: AssemblyFixture(typeof(NewsWatch.Dashboard.Tests.Browser.DashboardSite))]
