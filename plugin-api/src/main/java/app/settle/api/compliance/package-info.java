/**
 * The compliance guard's contract: every contact action anywhere in Settle asks
 * {@link app.settle.api.compliance.ComplianceGuard#check} first and is refused by the server when the answer
 * is a denial, whatever the UI showed.
 */
package app.settle.api.compliance;
