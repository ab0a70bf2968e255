using Portal.Gateway.ApiReference;
using Portal.Gateway.Extensions;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddGateway();

var app = builder.Build();

// The service defaults' exception handler and status-code pages come first so that they wrap
// everything below, including the gateway's own middleware.
app.MapDefaultEndpoints();
app.UseGateway();

app.MapApiReference();
app.MapUnknownApiNotFound();
app.MapReverseProxy();

app.Run();
