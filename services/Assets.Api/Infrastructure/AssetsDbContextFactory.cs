using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Portal.Contracts;
using Portal.ServiceDefaults.Data;

namespace Assets.Api.Infrastructure;

/// <summary>Lets <c>dotnet ef</c> build the model without starting the service.</summary>
internal sealed class AssetsDbContextFactory : IDesignTimeDbContextFactory<AssetsDbContext>
{
    public AssetsDbContext CreateDbContext(string[] args) => new(new DbContextOptionsBuilder<AssetsDbContext>()
        .UseNpgsql(DatabaseExtensions.DesignTimeConnectionString(ResourceNames.AssetsDb))
        .UseSnakeCaseNamingConvention()
        .Options);
}
