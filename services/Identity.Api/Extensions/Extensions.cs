using Identity.Api.Application;
using Identity.Api.Infrastructure;
using Identity.Api.IntegrationEvents;
using Identity.Api.Model;
using Identity.Api.Security;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Portal.Contracts;
using Portal.ServiceDefaults.Data;
using Portal.ServiceDefaults.Messaging;

namespace Identity.Api.Extensions;

internal static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddPortalDbContext<IHostApplicationBuilder, IdentityDbContext>(ResourceNames.IdentityDb);
        // Registered first: migrations run before anything (data protection, the server's keys) reads the database.
        builder.Services.AddMigration<IdentityDbContext, IdentitySeeder>();

        builder.Services.Configure<IdentityServerOptions>(builder.Configuration.GetSection(IdentityServerOptions.SectionName));
        builder.Services.Configure<BootstrapOptions>(builder.Configuration.GetSection(BootstrapOptions.SectionName));
        builder.Services.AddSingleton<PublicUrl>();
        builder.Services.AddDataProtection().SetApplicationName("Portal.Identity").PersistKeysToDbContext<IdentityDbContext>();

        builder.AddAccounts();
        builder.AddExternalLogins();
        builder.AddOpenIdConnectServer();

        builder.Services.AddScoped<ClientRegistrations>();
        builder.Services.AddScoped<PasswordSignIn>();
        builder.Services.AddScoped<Portal.ServiceDefaults.Security.ISupportAccessWindows, IdentitySupportAccessWindows>();
        builder.AddSignInSecurity();
        builder.Services.AddSingleton<AccessEvents>();

        // People imports: planned on request, carried out by the worker in the background (docs/people-import.md).
        builder.Services.AddSingleton<Application.PeopleImports.PeopleImportSignal>();
        builder.Services.AddScoped<Application.PeopleImports.PersonImporter>();
        builder.Services.AddHostedService<Application.PeopleImports.PeopleImportWorker>();
        builder.Services.AddSingleton<Links>();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddSingleton<AuditLog>();
        builder.Services.Configure<ImpersonationOptions>(builder.Configuration.GetSection(ImpersonationOptions.SectionName));
        builder.Services.AddSingleton<ImpersonationTokens>();
        builder.Services.AddAntiforgery();

        // Every event identity listens to, in one place.
        builder.AddEventBus(ResourceNames.Identity, bus =>
        {
            bus.AddConsumer<ProviderCreatedConsumer>();
            bus.AddConsumer<CustomerCreatedConsumer>();
            bus.AddConsumer<CustomerUpdatedConsumer>();
            bus.AddConsumer<CustomerBecameIndependentConsumer>();
            bus.AddConsumer<CustomerIndependenceRevertedConsumer>();
            bus.AddConsumer<CustomerArchivedConsumer>();
            bus.AddConsumer<DepartmentCreatedConsumer>();
            bus.AddConsumer<DepartmentRenamedConsumer>();
            bus.AddConsumer<DepartmentArchivedConsumer>();
            bus.AddConsumer<ObjectCreatedConsumer>();
            bus.AddConsumer<ObjectUpdatedConsumer>();
            bus.AddConsumer<ObjectArchivedConsumer>();
            bus.AddConsumer<ImpersonatedRequestConsumer>();
            bus.AddConsumer<EmailCategoriesChangedConsumer>();
        });
        builder.AddOutbox<IHostApplicationBuilder, IdentityDbContext>();
    }

    /// <summary>Lockout after failed sign-ins, two-factor codes, per-address limits on credential endpoints, per-account limits on reset mails.</summary>
    private static void AddSignInSecurity(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<SignInLockoutOptions>(builder.Configuration.GetSection(SignInLockoutOptions.SectionName));
        builder.Services.AddScoped<SignInLockout>();
        builder.Services.AddScoped<PasswordReauthentication>();
        builder.Services.AddScoped<TwoFactorAuthenticator>();
        builder.Services.AddSingleton<TwoFactorTickets>();
        builder.Services.Configure<PasswordResetMailLimitOptions>(builder.Configuration.GetSection(PasswordResetMailLimitOptions.SectionName));
        builder.Services.AddSingleton<PasswordResetMailLimit>();
        builder.AddCredentialRateLimits();
    }

    /// <summary>
    /// ASP.NET Core Identity for users and passwords: PBKDF2-HMAC-SHA512 (the V3 format of .NET 7+)
    /// with 210,000 iterations, older hashes re-hashed at sign-in; length and common-password checks
    /// only; e-mail unique.
    /// </summary>
    private static void AddAccounts(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<PasswordHasherOptions>(options =>
        {
            options.CompatibilityMode = PasswordHasherCompatibilityMode.IdentityV3;
            options.IterationCount = PasswordPolicy.HashIterations;
        });
        builder.Services.AddSingleton<CommonPasswords>();
        builder.Services.AddIdentityCore<User>(options =>
            {
                options.User.RequireUniqueEmail = true;
                // Account names may be e-mail addresses or any name a person chooses.
                options.User.AllowedUserNameCharacters = "";
                options.Password.RequiredLength = PasswordPolicy.MinimumLength;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                options.ClaimsIdentity.UserIdClaimType = System.Security.Claims.ClaimTypes.NameIdentifier;
            })
            .AddEntityFrameworkStores<IdentityDbContext>()
            // Recovery codes: longer ones, stored hashed (see RecoveryCodes).
            .AddUserStore<HashedRecoveryCodeUserStore>()
            .AddUserManager<PortalUserManager>()
            // Identity's own errors (a duplicate address, a wrong token) in the caller's language, with a code.
            .AddErrorDescriber<PortalIdentityErrorDescriber>()
            .AddDefaultTokenProviders();
        builder.Services.AddScoped<PasswordPolicy>();
        // The policy replaces Identity's composition validator.
        builder.Services.AddScoped<IPasswordValidator<User>>(services => services.GetRequiredService<PasswordPolicy>());

        builder.Services.AddAuthentication()
            .AddCookie(IdentityConstants.ApplicationScheme, cookie =>
            {
                cookie.LoginPath = "/account/login";
                cookie.Cookie.Name = "portal.identity";
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Lax;
                cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
                cookie.EventsType = typeof(SessionCookieEvents);
            });
        builder.Services.AddScoped<SessionCookieEvents>();
    }
}
