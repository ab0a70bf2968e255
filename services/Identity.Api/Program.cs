using Portal.ServiceDefaults.Info;
using Identity.Api.Extensions;
using Identity.Api.Infrastructure;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

app.MapDefaultEndpoints();
app.UseAuthentication();
app.UseAuthorization();

app.MapServiceInfo<IdentityDbContext>("identity");

app.Run();
