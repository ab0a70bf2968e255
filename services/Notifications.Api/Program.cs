using Notifications.Api.Apis;
using Notifications.Api.Extensions;
using Notifications.Api.Infrastructure;
using Portal.ServiceDefaults.Info;
using Portal.ServiceDefaults.Localization;
using Portal.ServiceDefaults.OpenApi;
using Portal.ServiceDefaults.Security;
using Portal.ServiceDefaults.Text;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddServiceOpenApi("notifications", "E-mail preferences, delivery status, the in-app feed and one-click unsubscribe.");
builder.AddTextBoundary();
builder.AddApplicationServices();

var app = builder.Build();

app.MapDefaultEndpoints();
app.UseTextBoundary();
app.UseAuthentication();
app.UseCallerLanguage();
app.UseImpersonationGuard<NotificationsDbContext>();
app.UseAuthorization();

app.MapServiceInfo<NotificationsDbContext>("notifications");
app.MapServiceOpenApi("notifications");
app.MapFeedApi();
app.MapPreferencesApi();
app.MapUnsubscribeApi();
app.MapMailsApi();

app.Run();
