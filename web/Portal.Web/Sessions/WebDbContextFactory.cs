using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Portal.Contracts;
using Portal.ServiceDefaults.Data;

namespace Portal.Web.Sessions;

/// <summary>Lets <c>dotnet ef</c> build the model without starting the app.</summary>
internal sealed class WebDbContextFactory : IDesignTimeDbContextFactory<WebDbContext>
{
    public WebDbContext CreateDbContext(string[] args) => new(new DbContextOptionsBuilder<WebDbContext>()
        .UseNpgsql(DatabaseExtensions.DesignTimeConnectionString(ResourceNames.WebDb))
        .UseSnakeCaseNamingConvention()
        .Options);
}
