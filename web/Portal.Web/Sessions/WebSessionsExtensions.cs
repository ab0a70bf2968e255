using Microsoft.AspNetCore.DataProtection;
using Portal.Contracts;
using Portal.ServiceDefaults.Data;
using Portal.Web.Authentication;

namespace Portal.Web.Sessions;

public static class WebSessionsExtensions
{
    /// <summary>
    /// Sessions and data-protection keys in the web app's database, shared by all of its replicas: a cookie, an
    /// antiforgery token or a sign-in's correlation cookie written by one replica is read by any other, and a
    /// session's tokens are found wherever its next request lands.
    /// </summary>
    public static WebApplicationBuilder AddWebSessions(this WebApplicationBuilder builder)
    {
        builder.AddPortalDbContext<WebApplicationBuilder, WebDbContext>(ResourceNames.WebDb);
        builder.Services.AddMigration<WebDbContext>();
        builder.Services.AddDataProtection().SetApplicationName("Portal.Web").PersistKeysToDbContext<WebDbContext>();

        builder.Services.AddSingleton<SessionTokenProtector>();
        builder.Services.AddSingleton<IdentityTokenRefresher>();
        builder.Services.AddSingleton<TokenStore>();
        builder.Services.AddSingleton<IAccessTokenSource>(services => services.GetRequiredService<TokenStore>());
        return builder;
    }
}
