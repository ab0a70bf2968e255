using Aspire.Hosting.Publishing;

namespace Portal.AppHost;

/// <summary>
/// What ops decide when a Portal starts for the first time: the provider's name and its first
/// administrator. Aspire parameters, so that they come from the AppHost's configuration (the command
/// line as <c>--Parameters:admin-email=...</c>, the environment as <c>Parameters__admin_email</c>, or user
/// secrets) and show on the dashboard; without them the development defaults of <see cref="DevelopmentAccounts"/> apply.
/// </summary>
public sealed record StartupSettings(
    IResourceBuilder<ParameterResource> ProviderName,
    IResourceBuilder<ParameterResource> AdminEmail,
    IResourceBuilder<ParameterResource> AdminPassword,
    int Replicas)
{
    public const string ProviderNameParameter = "provider-name";
    public const string AdminEmailParameter = "admin-email";
    public const string AdminPasswordParameter = "admin-password";

    /// <summary>How many copies of each service, the web app and the gateway run (<c>--Parameters:replicas=2</c>).</summary>
    public const string ReplicasParameter = "replicas";

    public const int MaxReplicas = 8;

    public static StartupSettings AddTo(IDistributedApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var replicas = builder.AddParameter(ReplicasParameter, new DevelopmentDefault("1"));
        return new(
            builder.AddParameter(ProviderNameParameter, new DevelopmentDefault(DevelopmentAccounts.ProviderName)),
            builder.AddParameter(AdminEmailParameter, new DevelopmentDefault(DevelopmentAccounts.AdminEmail)),
            builder.AddParameter(AdminPasswordParameter, new DevelopmentDefault(DevelopmentAccounts.AdminPassword), secret: true),
            ReplicaCount(builder.Configuration[$"Parameters:{replicas.Resource.Name}"]));
    }

    /// <summary>
    /// The model is built before parameters are resolved, and the number of processes is part of the model: so
    /// the count is read from the same configuration key the parameter reads, and shown on the dashboard by it.
    /// </summary>
    private static int ReplicaCount(string? configured)
    {
        if (configured is null)
        {
            return 1;
        }

        return int.TryParse(configured, System.Globalization.CultureInfo.InvariantCulture, out var count) && count is >= 1 and <= MaxReplicas
            ? count
            : throw new DistributedApplicationException(
                $"Parameters:{ReplicasParameter} must be a whole number from 1 to {MaxReplicas}; it is '{configured}'.");
    }

    /// <summary>
    /// A fixed value used when configuration has none (Aspire's own constant default is internal, and
    /// <c>AddParameter(name, value)</c> would ignore configuration).
    /// </summary>
    private sealed class DevelopmentDefault(string value) : ParameterDefault
    {
        public override string GetDefaultValue() => value;

        public override void WriteToManifest(ManifestPublishingContext context) => context.Writer.WriteString("value", value);
    }
}
