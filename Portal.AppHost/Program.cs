using Portal.AppHost;
using Portal.AppHost.Hosting;

var builder = DistributedApplication.CreateBuilder(args);
PortalApplication.Declare(builder);
builder.Build().Run();
