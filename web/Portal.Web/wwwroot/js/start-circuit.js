// Starts Blazor's circuit with one request: a WebSocket straight away, without SignalR's negotiate request
// first. The web app runs as several replicas behind a load balancer that picks a replica per connection; with
// negotiation, the negotiate request and the WebSocket that follows could reach different replicas, and the
// second would not know the connection the first one made.
Blazor.start({
    circuit: {
        configureSignalR: builder => builder.withUrl('_blazor', { skipNegotiation: true, transport: 1 /* WebSockets */ }),
    },
});
