using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tenants.Api.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class UserScopePermissions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<List<string>>(
                name: "permissions",
                table: "user_scopes",
                type: "text[]",
                nullable: false,
                // Scopes known before: their permissions arrive with the user's next change.
                defaultValueSql: "'{}'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "permissions",
                table: "user_scopes");
        }
    }
}
