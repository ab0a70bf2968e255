using Identity.Api.Application;
using Identity.Api.Infrastructure;
using Identity.Api.Model;
using Microsoft.AspNetCore.Identity;

namespace Identity.Api.Apis;

/// <summary>What the user and invitation handlers need, bundled for <c>[AsParameters]</c>.</summary>
public sealed class UserServices(IdentityDbContext db, UserManager<User> users, AccessEvents accessEvents, Links links, TimeProvider clock)
{
    public IdentityDbContext Db { get; } = db;
    public UserManager<User> Users { get; } = users;
    public AccessEvents AccessEvents { get; } = accessEvents;
    public Links Links { get; } = links;
    public TimeProvider Clock { get; } = clock;
}
