using Identity.Api.Apis;
using Identity.Api.Extensions;
using Identity.Api.Infrastructure;
using Portal.ServiceDefaults.Info;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

app.UseForwardedHeaders();
app.MapDefaultEndpoints();
app.UseAuthentication();
app.UseAuthorization();

app.MapServiceInfo<IdentityDbContext>("identity");
app.MapConnectApi();
app.MapLoginPage();
app.MapMeApi();
app.MapUsersApi();
app.MapInvitationsApi();
app.MapRolesApi();
app.MapPasswordApi();
app.MapEmailChangeApi();
app.MapSessionsApi();

app.Run();
