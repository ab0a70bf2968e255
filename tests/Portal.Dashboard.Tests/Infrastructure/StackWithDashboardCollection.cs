namespace Portal.Dashboard.Tests.Infrastructure;

/// <summary>One whole stack with the dashboard for the assembly: it takes most of a minute to become healthy.</summary>
[CollectionDefinition(Name)]
public sealed class StackWithDashboardCollection : ICollectionFixture<StackWithDashboardFixture>
{
    public const string Name = "Whole stack with dashboard";
}
