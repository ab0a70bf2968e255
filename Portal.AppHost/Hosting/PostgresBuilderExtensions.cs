namespace Portal.AppHost.Hosting;

public static class PostgresBuilderExtensions
{
    /// <summary>
    /// Declares a database on the server: created (if missing) once the server is healthy; the database
    /// resource is Running and Healthy once it exists.
    /// </summary>
    public static IResourceBuilder<PostgresDatabaseResource> AddDatabase(
        this IResourceBuilder<PostgresServerResource> builder, string name, string? databaseName = null)
    {
        var database = new PostgresDatabaseResource(name, databaseName ?? name, builder.Resource);
        builder.Resource.Databases.Add(database);
        return ((DistributedApplicationBuilder)builder.ApplicationBuilder).AddResource(database);
    }
}
