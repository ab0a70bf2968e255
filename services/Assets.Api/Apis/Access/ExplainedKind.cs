using Assets.Api.Apis.Common;
using Assets.Api.Infrastructure;
using Assets.Api.Scoping;
using Microsoft.EntityFrameworkCore;
using Portal.ServiceDefaults.Errors;

namespace Assets.Api.Apis.Access;

/// <summary>One record "who can see this" is asked about: where it belongs, which decides who sees it.</summary>
public sealed record ExplainedItem(Guid Id, string Name, Guid ProviderId, Guid CustomerId, Guid ObjectId);

/// <summary>
/// A kind of record that "who can see this" explains: the access its read endpoints require and the
/// query its GET endpoint answers with (<c>VisibleTo</c> the person's scope). A person sees the record
/// exactly when both let them, for the caller and for every person listed.
/// </summary>
public sealed record ExplainedKind(
    string Name,
    ReadAccess Access,
    ProblemMessage NotFound,
    Func<AssetsDbContext, CallerScope, Guid, CancellationToken, Task<ExplainedItem?>> FindVisible)
{
    public static readonly ExplainedKind Device = new("device", ReadAccess.Devices, NotFoundProblems.Device,
        (db, scope, id, ct) => db.Devices.AsNoTracking().VisibleTo(scope).Where(d => d.Id == id)
            .Select(d => new ExplainedItem(d.Id, d.Name, d.ProviderId, d.CustomerId, d.ObjectId)).FirstOrDefaultAsync(ct));

    /// <summary>An object (site); "Object" is taken by the language, as for <see cref="Model.Site"/>.</summary>
    public static readonly ExplainedKind Site = new("object", ReadAccess.Objects, NotFoundProblems.Site,
        (db, scope, id, ct) => db.Objects.AsNoTracking().VisibleTo(scope).Where(o => o.Id == id)
            .Select(o => new ExplainedItem(o.Id, o.Name, o.ProviderId, o.CustomerId, o.Id)).FirstOrDefaultAsync(ct));

    public static readonly ExplainedKind Ticket = new("ticket", ReadAccess.Tickets, NotFoundProblems.Ticket,
        (db, scope, id, ct) => db.Tickets.AsNoTracking().VisibleTo(scope).Where(t => t.Id == id)
            .Select(t => new ExplainedItem(t.Id, t.Title, t.ProviderId, t.CustomerId, t.ObjectId)).FirstOrDefaultAsync(ct));

    public static readonly ExplainedKind VideoSession = new("video-session", ReadAccess.VideoSessions, NotFoundProblems.VideoSession,
        (db, scope, id, ct) => db.VideoSessions.AsNoTracking().VisibleTo(scope).Where(s => s.Id == id)
            .Select(s => new ExplainedItem(s.Id, s.Title, s.ProviderId, s.CustomerId, s.ObjectId)).FirstOrDefaultAsync(ct));

    public static readonly IReadOnlyList<ExplainedKind> All = [Device, Site, Ticket, VideoSession];

    /// <summary>What the read endpoints' access filter would answer this scope (null: it passes).</summary>
    public ProblemMessage? RefusalFor(CallerScope scope) => AccessFilter.RefusalFor(scope, Access.Permission, Access.PortalArea);
}
