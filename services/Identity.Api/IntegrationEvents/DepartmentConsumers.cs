using Identity.Api.Infrastructure;
using Identity.Api.Model;
using Portal.Contracts.Organizations;
using Portal.ServiceDefaults.Messaging;

namespace Identity.Api.IntegrationEvents;

/// <summary>Departments that department administrators can be limited to.</summary>
public sealed class DepartmentCreatedConsumer(IdentityDbContext db) : IdempotentConsumer<DepartmentCreated, IdentityDbContext>(db)
{
    protected override async Task HandleAsync(DepartmentCreated message, CancellationToken cancellationToken)
    {
        if (await Db.Departments.FindAsync([message.DepartmentId], cancellationToken) is { } department)
        {
            department.Name = message.Name;
            return;
        }

        Db.Departments.Add(new Department { Id = message.DepartmentId, ProviderId = message.ProviderId, Name = message.Name });
    }
}

public sealed class DepartmentRenamedConsumer(IdentityDbContext db) : IdempotentConsumer<DepartmentRenamed, IdentityDbContext>(db)
{
    protected override async Task HandleAsync(DepartmentRenamed message, CancellationToken cancellationToken)
    {
        if (await Db.Departments.FindAsync([message.DepartmentId], cancellationToken) is { } department)
        {
            department.Name = message.Name;
            return;
        }

        Db.Departments.Add(new Department { Id = message.DepartmentId, ProviderId = message.ProviderId, Name = message.Name });
    }
}

/// <summary>An archived department can no longer be granted.</summary>
public sealed class DepartmentArchivedConsumer(IdentityDbContext db, TimeProvider clock) : IdempotentConsumer<DepartmentArchived, IdentityDbContext>(db)
{
    protected override async Task HandleAsync(DepartmentArchived message, CancellationToken cancellationToken)
    {
        if (await Db.Departments.FindAsync([message.DepartmentId], cancellationToken) is { } department)
        {
            department.ArchivedAt ??= clock.GetUtcNow();
        }
    }
}
