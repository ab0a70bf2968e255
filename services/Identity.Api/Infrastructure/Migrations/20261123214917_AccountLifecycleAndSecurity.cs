using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Identity.Api.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class AccountLifecycleAndSecurity : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_invitations_user_id",
                table: "invitations");

            migrationBuilder.AddColumn<long>(
                name: "access_version",
                table: "users",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<List<string>>(
                name: "external_logins",
                table: "users",
                type: "text[]",
                nullable: false,
                // Users from before this migration have no external login.
                defaultValueSql: "'{}'");

            migrationBuilder.AddColumn<string>(
                name: "pending_email",
                table: "users",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "pending_email_expires_at",
                table: "users",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "email",
                table: "invitations",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_invitations_user_id_purpose_created_at",
                table: "invitations",
                columns: new[] { "user_id", "purpose", "created_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_invitations_user_id_purpose_created_at",
                table: "invitations");

            migrationBuilder.DropColumn(
                name: "access_version",
                table: "users");

            migrationBuilder.DropColumn(
                name: "external_logins",
                table: "users");

            migrationBuilder.DropColumn(
                name: "pending_email",
                table: "users");

            migrationBuilder.DropColumn(
                name: "pending_email_expires_at",
                table: "users");

            migrationBuilder.DropColumn(
                name: "email",
                table: "invitations");

            migrationBuilder.CreateIndex(
                name: "ix_invitations_user_id",
                table: "invitations",
                column: "user_id");
        }
    }
}
