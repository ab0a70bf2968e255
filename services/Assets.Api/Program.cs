using Assets.Api.Apis.Access;
using Assets.Api.Apis.Dashboard;
using Assets.Api.Apis.Devices;
using Assets.Api.Apis.Objects;
using Assets.Api.Apis.Templates;
using Assets.Api.Apis.Tickets;
using Assets.Api.Apis.VideoSessions;
using Assets.Api.Extensions;
using Assets.Api.Infrastructure;
using Portal.ServiceDefaults.Info;
using Portal.ServiceDefaults.Localization;
using Portal.ServiceDefaults.OpenApi;
using Portal.ServiceDefaults.Security;
using Portal.ServiceDefaults.Text;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddServiceOpenApi("assets", "Objects, devices, tickets, video sessions, templates and the dashboard's KPIs.");
builder.AddTextBoundary();
builder.AddApplicationServices();

var app = builder.Build();

app.MapDefaultEndpoints();
app.UseTextBoundary();
app.UseAuthentication();
app.UseCallerLanguage();
app.UseImpersonationGuard<AssetsDbContext>();
app.UseAuthorization();

app.MapServiceInfo<AssetsDbContext>("assets");
app.MapServiceOpenApi("assets");
app.MapObjectsApi();
app.MapDevicesApi();
app.MapTicketsApi();
app.MapVideoSessionsApi();
app.MapTemplatesApi();
app.MapDashboardApi();
app.MapAccessApi();

app.Run();
