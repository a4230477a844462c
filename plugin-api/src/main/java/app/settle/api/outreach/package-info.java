/**
 * Written outreach (plugin API 1.3): the {@link app.settle.api.outreach.MessageChannel} extension point through which
 * plugins offer email, text-message and letter delivery, and the host's list of them
 * ({@link app.settle.api.outreach.MessageChannels}). Opting an address out is
 * {@link app.settle.api.compliance.OptOuts}; answering a link without a sign-in is {@link app.settle.api.PublicPage}.
 */
package app.settle.api.outreach;
