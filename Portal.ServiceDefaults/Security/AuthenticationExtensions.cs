using System.Text;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.Tokens;
using Portal.Contracts;
using Portal.Contracts.Security;

namespace Portal.ServiceDefaults.Security;

public static class AuthenticationExtensions
{
    /// <summary>
    /// Validates Portal access tokens with the standard JwtBearer handler: signed JWTs whose issuer
    /// is the public gateway URL and whose audience is <see cref="IdentityOptions.Audience"/>. The
    /// signing keys come from the identity service's discovery document, reached through service
    /// discovery. A configured <see cref="IdentityOptions.TestSigningKey"/> replaces discovery, but only
    /// in Development or Testing, so that tests of one service can mint tokens before identity runs.
    /// </summary>
    public static TBuilder AddDefaultAuthentication<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        var options = builder.Configuration.GetSection(IdentityOptions.SectionName).Get<IdentityOptions>() ?? new IdentityOptions();
        var issuer = options.Issuer ?? builder.Configuration["Portal:PublicUrl"]?.TrimEnd('/') + "/";
        var testKey = AllowsTestKeys(builder.Environment) ? options.TestSigningKey : null;

        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(jwt =>
            {
                jwt.MapInboundClaims = false;
                jwt.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = issuer,
                    ValidAudience = options.Audience,
                    NameClaimType = PortalClaimTypes.Subject,
                    RoleClaimType = PortalClaimTypes.Role,
                    ClockSkew = TimeSpan.FromSeconds(30),
                };

                if (testKey is not null)
                {
                    jwt.TokenValidationParameters.IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(testKey));
                    return;
                }

                // Metadata is fetched service-to-service over loopback http inside the deployment.
                var identityUrl = builder.Configuration[$"services:{ResourceNames.Identity}:http:0"];
                if (identityUrl is not null)
                {
                    jwt.MetadataAddress = identityUrl.TrimEnd('/') + "/.well-known/openid-configuration";
                    jwt.RequireHttpsMetadata = false;
                }
            });
        builder.Services.AddAuthorization();
        // Impersonation tokens issued under a customer's approval are checked with identity while in use.
        builder.AddSupportAccessWindowLookup();
        return builder;
    }

    private static bool AllowsTestKeys(IHostEnvironment environment) =>
        environment.IsDevelopment() || environment.IsEnvironment("Testing");
}
