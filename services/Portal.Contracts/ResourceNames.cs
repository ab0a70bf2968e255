namespace Portal.Contracts;

/// <summary>
/// The names of the resources of the Portal application: the AppHost declares them, the services read
/// their connection strings and service-discovery entries under them, and the tests ask for them.
/// One list, so that a rename cannot leave one side behind.
/// </summary>
public static class ResourceNames
{
    public const string Postgres = "postgres";
    public const string TenantsDb = "tenantsdb";
    public const string IdentityDb = "identitydb";
    public const string NotificationsDb = "notificationsdb";
    public const string AssetsDb = "assetsdb";

    /// <summary>The web app's sessions and data-protection keys, shared by its replicas.</summary>
    public const string WebDb = "webdb";

    /// <summary>The gateway's own database: its sign-in rate limits, counted for all its replicas together.</summary>
    public const string GatewayDb = "gatewaydb";

    /// <summary>RabbitMQ; its connection string is <c>ConnectionStrings__eventbus</c>.</summary>
    public const string EventBus = "eventbus";

    /// <summary>The development SMTP sink with its inbox UI and REST API.</summary>
    public const string MailDev = "maildev";

    public const string Tenants = "tenants";
    public const string Identity = "identity";
    public const string Notifications = "notifications";
    public const string Assets = "assets";
    public const string Gateway = "gateway";
    public const string Web = "web";
}
