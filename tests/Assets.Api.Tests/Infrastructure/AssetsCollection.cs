namespace Assets.Api.Tests.Infrastructure;

/// <summary>
/// All test classes share one started service: starting PostgreSQL, RabbitMQ and the service takes
/// far longer than the tests. Sharing is safe because every test builds its own provider, customers
/// and users (<see cref="World"/>) and never looks at anyone else's.
/// </summary>
[CollectionDefinition(Name)]
public sealed class AssetsCollection : ICollectionFixture<AssetsApp>
{
    public const string Name = "Assets service";
}
