using Identity.Api.Apis;
using Identity.Api.Extensions;
using Identity.Api.Infrastructure;
using Portal.ServiceDefaults.Info;
using Portal.ServiceDefaults.Localization;
using Portal.ServiceDefaults.OpenApi;
using Portal.ServiceDefaults.Security;
using Portal.ServiceDefaults.Text;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddServiceOpenApi("identity", "Users, invitations, roles and access, sign-in security, sessions and the audit log.");
// The OpenID endpoints and the login page answer in OAuth's and the page's own formats.
builder.AddTextBoundary("/connect", "/account");
builder.AddApplicationServices();

var app = builder.Build();

app.UseForwardedHeaders();
app.MapDefaultEndpoints();
app.UseTextBoundary();
app.UseOAuthFormGuard();
app.UseRateLimiter();
app.UseAuthentication();
app.UseCallerLanguage();
app.UseImpersonationGuard<IdentityDbContext>();
app.UseAuthorization();

app.MapServiceInfo<IdentityDbContext>("identity");
app.MapServiceOpenApi("identity");
app.MapConnectApi();
app.MapLoginPage();
app.MapExternalLoginApi();
app.MapMeApi();
app.MapUsersApi();
app.MapInvitationsApi();
app.MapPeopleImportApi();
app.MapRolesApi();
app.MapImpersonationApi();
app.MapSupportAccessApi();
app.MapAuditApi();
app.MapTwoFactorApi();
app.MapSecurityPolicyApi();
app.MapPasswordApi();
app.MapEmailChangeApi();
app.MapSessionsApi();

app.Run();
