using Assets.Api.Infrastructure;
using Portal.Contracts.Organizations;
using Portal.ServiceDefaults.Messaging;

namespace Assets.Api.IntegrationEvents;

public sealed class DepartmentRenamedConsumer(AssetsDbContext db) : IdempotentConsumer<DepartmentRenamed, AssetsDbContext>(db)
{
    protected override async Task HandleAsync(DepartmentRenamed message, CancellationToken cancellationToken)
    {
        var department = await Db.Departments.FindAsync([message.DepartmentId], cancellationToken);
        department?.Name = message.Name;
    }
}

/// <summary>Objects keep an archived department; new objects cannot choose it.</summary>
public sealed class DepartmentArchivedConsumer(AssetsDbContext db, TimeProvider clock) : IdempotentConsumer<DepartmentArchived, AssetsDbContext>(db)
{
    protected override async Task HandleAsync(DepartmentArchived message, CancellationToken cancellationToken)
    {
        var department = await Db.Departments.FindAsync([message.DepartmentId], cancellationToken);
        if (department is not null)
        {
            department.ArchivedAt ??= clock.GetUtcNow();
        }
    }
}
