using Identity.Api.Apis;
using Identity.Api.Infrastructure;
using Identity.Api.Model;
using Identity.Api.Security;
using Microsoft.AspNetCore.Identity;
using Portal.Contracts.Security;

namespace Identity.Api.Application.PeopleImports;

/// <summary>
/// Carries out a row's plan in the job's unit of work: the person created or changed, their invitation, the
/// events the other services keep their copies from and the audit entries, all saved by the same SaveChanges
/// as the row's outcome.
/// </summary>
public sealed class PersonImporter(IdentityDbContext db, ILookupNormalizer normalizer, AccessEvents accessEvents, Links links, AuditLog audit, TimeProvider clock)
{
    /// <summary>Applies <paramref name="plan"/> for <paramref name="caller"/>; the person's id, or null when the row changes nothing.</summary>
    public Guid? Apply(PersonPlan plan, UserAccess caller, PeopleImport import)
    {
        return plan.Action switch
        {
            RowActions.Create => Create(plan.Person!, plan.Invite, caller, import),
            RowActions.Update => Update(plan, caller, import),
            _ => plan.Existing?.Id,
        };
    }

    private Guid Create(DesiredPerson person, bool invite, UserAccess caller, PeopleImport import)
    {
        var user = UserCreation.NewUser(import.OrganizationId, person.FirstName, person.LastName, person.Email, person.Language, person.Role, clock.GetUtcNow());
        user.Salutation = person.Salutation;
        user.UserName = person.AccountName;
        // What UserManager.CreateAsync would fill in; the planner has checked what its validators check, and the
        // unique indexes stand behind both.
        user.NormalizedEmail = normalizer.NormalizeEmail(user.Email);
        user.NormalizedUserName = normalizer.NormalizeName(user.UserName);
        user.SecurityStamp = Guid.NewGuid().ToString("N");
        user.ConcurrencyStamp = Guid.NewGuid().ToString();
        user.PortalAreas = person.PortalAreas;
        user.ObjectIds = person.ObjectIds;
        db.Users.Add(user);

        if (invite)
        {
            links.Invite(db, user, createdByProvider: caller.IsProviderStaff);
        }

        if (person.EmailCategories is { } categories && EmailCategoryChoice.Changes(user, categories))
        {
            EmailCategoryChoice.Choose(db, user, categories, clock);
        }

        accessEvents.Publish(db, user, OrganizationKinds.Customer, RoleCatalog.PermissionsOf(OrganizationKinds.Customer, user.Role));
        audit.Add(db, AuditActions.UserImported, import.OrganizationId, caller.User.Id, user.Id,
            UserAuditDetails.FromFile(UserAuditDetails.Created(user.Role, invite), import.FileName), import.ImpersonatorUserId);
        return user.Id;
    }

    private Guid Update(PersonPlan plan, UserAccess caller, PeopleImport import)
    {
        var (person, user) = (plan.Person!, plan.Existing!);
        var before = UserChanges.Snapshot(user);
        user.Salutation = person.Salutation;
        user.FirstName = person.FirstName;
        user.LastName = person.LastName;
        user.Language = person.Language;
        user.Role = person.Role;
        if (user.UserName != person.AccountName)
        {
            user.UserName = person.AccountName;
            user.NormalizedUserName = normalizer.NormalizeName(person.AccountName);
        }

        user.PortalAreas = person.PortalAreas;
        user.ObjectIds = person.ObjectIds;
        if (plan.Changes.Contains(PeopleColumns.EmailCategories))
        {
            EmailCategoryChoice.Choose(db, user, person.EmailCategories!, clock);
        }

        if (plan.Invite)
        {
            links.Invite(db, user, createdByProvider: caller.IsProviderStaff);
        }

        // The event carries names, language and scope: any change but the categories and the invitation is news to the other services.
        if (plan.Changes.Except([PeopleColumns.EmailCategories, PeopleColumns.Access]).Any())
        {
            accessEvents.Publish(db, user, OrganizationKinds.Customer, RoleCatalog.PermissionsOf(OrganizationKinds.Customer, user.Role));
        }

        UserChanges.Audit(audit, db, before, user, caller.User.Id, import.ImpersonatorUserId);
        audit.Add(db, AuditActions.UserImportUpdated, import.OrganizationId, caller.User.Id, user.Id,
            UserAuditDetails.FromFile(PeopleColumns.Headings(plan.Changes.Select(PeopleColumns.WithKey)), import.FileName), import.ImpersonatorUserId);
        return user.Id;
    }
}
