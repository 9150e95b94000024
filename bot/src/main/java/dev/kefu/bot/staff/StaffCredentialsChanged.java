package dev.kefu.bot.staff;

/**
 * An account was disabled, or its roles or password changed: its sessions are over.
 *
 * @param username the account
 */
public record StaffCredentialsChanged(String username) {
}
