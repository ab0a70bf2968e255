using Assets.Api.Infrastructure;
using Assets.Api.Model;
using Portal.Contracts.Organizations;
using Portal.ServiceDefaults.Messaging;

namespace Assets.Api.IntegrationEvents;

/// <summary>Keeps assets' own copy of the provider's departments.</summary>
public sealed class DepartmentCreatedConsumer(AssetsDbContext db) : IdempotentConsumer<DepartmentCreated, AssetsDbContext>(db)
{
    protected override async Task HandleAsync(DepartmentCreated message, CancellationToken cancellationToken)
    {
        var department = await Db.Departments.FindAsync([message.DepartmentId], cancellationToken);
        if (department is null)
        {
            Db.Departments.Add(new Department { Id = message.DepartmentId, ProviderId = message.ProviderId, Name = message.Name });
            return;
        }

        department.ProviderId = message.ProviderId;
        department.Name = message.Name;
    }
}
