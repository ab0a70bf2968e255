using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Portal.Contracts;
using Portal.ServiceDefaults.Data;

namespace Identity.Api.Infrastructure;

/// <summary>Lets <c>dotnet ef</c> build the model without starting the service.</summary>
internal sealed class IdentityDbContextFactory : IDesignTimeDbContextFactory<IdentityDbContext>
{
    public IdentityDbContext CreateDbContext(string[] args) => new(new DbContextOptionsBuilder<IdentityDbContext>()
        .UseNpgsql(DatabaseExtensions.DesignTimeConnectionString(ResourceNames.IdentityDb))
        .UseSnakeCaseNamingConvention()
        .Options);
}
