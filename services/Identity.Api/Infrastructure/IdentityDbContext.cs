using Identity.Api.Model;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using OpenIddict.EntityFrameworkCore.Models;
using Portal.ServiceDefaults.Messaging;

namespace Identity.Api.Infrastructure;

/// <summary>
/// Users (ASP.NET Core Identity), the OpenID Connect server's applications, scopes, authorizations
/// and tokens (OpenIddict), its keys, the data-protection keys, and identity's copy of organizations.
/// </summary>
/// <remarks>
/// Add a migration: <c>dotnet ef migrations add &lt;Name&gt; -p services/Identity.Api -o Infrastructure/Migrations</c>
/// </remarks>
public sealed class IdentityDbContext(DbContextOptions<IdentityDbContext> options)
    : IdentityUserContext<User, Guid>(options), IDataProtectionKeyContext
{
    public DbSet<Organization> Organizations => Set<Organization>();
    public DbSet<Department> Departments => Set<Department>();
    public DbSet<CustomerObject> CustomerObjects => Set<CustomerObject>();
    public DbSet<CustomRole> CustomRoles => Set<CustomRole>();
    public DbSet<Invitation> Invitations => Set<Invitation>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<SupportAccessRequest> SupportAccessRequests => Set<SupportAccessRequest>();
    public DbSet<PeopleImport> PeopleImports => Set<PeopleImport>();
    public DbSet<PeopleImportRow> PeopleImportRows => Set<PeopleImportRow>();
    public DbSet<SignInThrottle> SignInThrottles => Set<SignInThrottle>();
    public DbSet<ServerKey> ServerKeys => Set<ServerKey>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.UseOpenIddict<Guid>();
        // OpenIddict names its tables itself; these names follow the rest of the schema.
        builder.Entity<OpenIddictEntityFrameworkCoreApplication<Guid>>().ToTable("openiddict_applications");
        builder.Entity<OpenIddictEntityFrameworkCoreAuthorization<Guid>>().ToTable("openiddict_authorizations");
        builder.Entity<OpenIddictEntityFrameworkCoreScope<Guid>>().ToTable("openiddict_scopes");
        builder.Entity<OpenIddictEntityFrameworkCoreToken<Guid>>().ToTable("openiddict_tokens");
        builder.ApplyConfigurationsFromAssembly(typeof(IdentityDbContext).Assembly);
        builder.AddMessagingTables();
    }
}
