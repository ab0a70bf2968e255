using Portal.ServiceDefaults.Info;
using Assets.Api.Extensions;
using Assets.Api.Infrastructure;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

app.MapDefaultEndpoints();
app.UseAuthentication();
app.UseAuthorization();

app.MapServiceInfo<AssetsDbContext>("assets");

app.Run();
