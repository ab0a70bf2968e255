using Identity.Api.Infrastructure;
using Portal.ServiceDefaults.Security;

namespace Identity.Api.Application;

/// <summary>Identity keeps the requests: it reads the window's state from its own database on every request.</summary>
public sealed class IdentitySupportAccessWindows(IdentityDbContext db, TimeProvider clock) : ISupportAccessWindows
{
    public Task<bool> IsActiveAsync(Guid supportAccessId, CancellationToken cancellationToken) =>
        SupportAccessWindows.IsActiveAsync(db, supportAccessId, clock.GetUtcNow(), cancellationToken);
}
