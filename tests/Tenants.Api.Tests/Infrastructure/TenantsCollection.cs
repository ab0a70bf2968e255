namespace Tenants.Api.Tests.Infrastructure;

/// <summary>
/// One tenants service for all test classes: every test creates its own data (unique names,
/// slugs and organizations), so they cannot disturb each other, and the run pays for one start of
/// PostgreSQL, RabbitMQ and the service instead of one per class (about 20 s each on a busy machine).
/// </summary>
[CollectionDefinition(Name)]
public sealed class TenantsCollection : ICollectionFixture<TenantsApp>
{
    public const string Name = "Tenants service";
}
