using Yarp.ReverseProxy.Forwarder;

namespace Portal.Gateway.Routing;

/// <summary>YARP's client to the services, with <see cref="SafeRequestRetryHandler"/> around its connection handler.</summary>
public sealed class RetryingForwarderHttpClientFactory(ILogger<ForwarderHttpClientFactory> logger, ILogger<SafeRequestRetryHandler> retryLogger)
    : ForwarderHttpClientFactory(logger)
{
    protected override HttpMessageHandler WrapHandler(ForwarderHttpClientContext context, HttpMessageHandler handler) =>
        new SafeRequestRetryHandler(retryLogger) { InnerHandler = base.WrapHandler(context, handler) };
}
