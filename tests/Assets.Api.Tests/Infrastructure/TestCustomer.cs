using Portal.Contracts.Security;

namespace Assets.Api.Tests.Infrastructure;

public sealed record TestCustomer(Guid Id, string Name)
{
    public TestUser Member() => new(Guid.NewGuid(), Id, OrganizationKinds.Customer, "member", Roles.CustomerMember);

    public TestUser Moderator() => new(Guid.NewGuid(), Id, OrganizationKinds.Customer, "moderator", Roles.CustomerModerator);

    public TestUser Administrator() => new(Guid.NewGuid(), Id, OrganizationKinds.Customer, "administrator", Roles.CustomerAdministrator);
}
