/**
 * The local orders adapter: orders kept in Kefu's own tables, the embedded default with
 * demo data.
 */
package dev.kefu.integrations.orders.local;
