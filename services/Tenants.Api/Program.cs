using Portal.ServiceDefaults.Info;
using Portal.ServiceDefaults.Security;
using Tenants.Api.Apis;
using Tenants.Api.Extensions;
using Tenants.Api.Infrastructure;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

app.MapDefaultEndpoints();
app.UseAuthentication();
app.UseImpersonationGuard<TenantsDbContext>();
app.UseAuthorization();

app.MapServiceInfo<TenantsDbContext>("tenants");
app.MapDepartmentsApi();
app.MapCustomersApi();

app.Run();
