using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Portal.ServiceDefaults.Data;

public static class MigrationExtensions
{
    /// <summary>
    /// Applies <typeparamref name="TContext"/>'s migrations when the service starts, before it
    /// answers requests, then runs the optional seeder (which must be idempotent: it runs at every start).
    /// </summary>
    public static IServiceCollection AddMigration<TContext>(this IServiceCollection services, Func<TContext, IServiceProvider, CancellationToken, Task>? seed = null)
        where TContext : DbContext
    {
        services.AddHostedService(provider => new MigrationHostedService<TContext>(provider, seed));
        return services;
    }

    public static IServiceCollection AddMigration<TContext, TSeeder>(this IServiceCollection services)
        where TContext : DbContext
        where TSeeder : class, IDbSeeder<TContext>
    {
        services.AddScoped<IDbSeeder<TContext>, TSeeder>();
        return services.AddMigration<TContext>((context, provider, cancellationToken) =>
            provider.GetRequiredService<IDbSeeder<TContext>>().SeedAsync(context, cancellationToken));
    }
}

public interface IDbSeeder<in TContext> where TContext : DbContext
{
    Task SeedAsync(TContext context, CancellationToken cancellationToken);
}
