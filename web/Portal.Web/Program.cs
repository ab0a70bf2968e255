using Portal.Web.Authentication;
using Portal.Web.Components;
using Portal.Web.Downloads;
using Portal.Web.Extensions;
using Portal.Web.Localization;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();
builder.AddAccountPages();

var app = builder.Build();

// First, so that everything after it sees the browser's scheme and host, not the gateway's hop.
app.UseForwardedHeaders();
// Before any sign-in can start: one public address (or a customer's own host) for every page.
app.UseCanonicalHost();
app.MapDefaultEndpoints();
app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UseAuthentication();
app.UseAuthorization();
// After authentication: the user's own language comes from their token's locale claim.
app.UseRequestLocalization();
app.UseAntiforgery();

app.MapStaticAssets();
app.MapSignInEndpoints();
app.MapViewAsEndpoints();
app.MapPeopleFileEndpoints();
app.MapAuditFileEndpoints();
app.MapCultureSwitch();
app.MapRazorComponents<App>()
    .AddInteractiveServerRenderMode();

app.Run();
