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
    IResourceBuilder<ParameterResource> AdminPassword)
{
    public const string ProviderNameParameter = "provider-name";
    public const string AdminEmailParameter = "admin-email";
    public const string AdminPasswordParameter = "admin-password";

    public static StartupSettings AddTo(IDistributedApplicationBuilder builder) => new(
        builder.AddParameter(ProviderNameParameter, new DevelopmentDefault(DevelopmentAccounts.ProviderName)),
        builder.AddParameter(AdminEmailParameter, new DevelopmentDefault(DevelopmentAccounts.AdminEmail)),
        builder.AddParameter(AdminPasswordParameter, new DevelopmentDefault(DevelopmentAccounts.AdminPassword), secret: true));

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
