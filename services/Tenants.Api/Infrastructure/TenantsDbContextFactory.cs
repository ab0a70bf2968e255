using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Portal.Contracts;
using Portal.ServiceDefaults.Data;

namespace Tenants.Api.Infrastructure;

/// <summary>Lets <c>dotnet ef</c> build the model without starting the service.</summary>
internal sealed class TenantsDbContextFactory : IDesignTimeDbContextFactory<TenantsDbContext>
{
    public TenantsDbContext CreateDbContext(string[] args) => new(new DbContextOptionsBuilder<TenantsDbContext>()
        .UseNpgsql(DatabaseExtensions.DesignTimeConnectionString(ResourceNames.TenantsDb))
        .UseSnakeCaseNamingConvention()
        .Options);
}
