using Portal.ServiceDefaults.Info;
using Portal.ServiceDefaults.Localization;
using Portal.ServiceDefaults.OpenApi;
using Portal.ServiceDefaults.Security;
using Portal.ServiceDefaults.Text;
using Tenants.Api.Apis;
using Tenants.Api.Extensions;
using Tenants.Api.Infrastructure;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddServiceOpenApi("tenants", "The provider's organization, departments and customers.");
builder.AddTextBoundary();
builder.AddApplicationServices();

var app = builder.Build();

app.MapDefaultEndpoints();
app.UseTextBoundary();
app.UseAuthentication();
app.UseCallerLanguage();
app.UseImpersonationGuard<TenantsDbContext>();
app.UseAuthorization();

app.MapServiceInfo<TenantsDbContext>("tenants");
app.MapServiceOpenApi("tenants");
app.MapDepartmentsApi();
app.MapCustomersApi();

app.Run();
