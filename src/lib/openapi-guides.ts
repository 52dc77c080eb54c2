/**
 * Where a guide says more than an operation's description, the description ends with a link to it.
 * Links are the guide's path in the repository (`docs/uploads.md#one-request`): the Worker serves the
 * guides at that same path relative to the reference (`/docs/uploads.md`, built into
 * src/routes/docs/static-files.js by scripts/lib/static-files.mjs), so the link opens from `/docs` and from
 * `/openapi.json` on any deployment.
 * `npm run docs:check` fails when a link names a guide or a heading that does not exist.
 */
export const GUIDE_LINKS: Record<string, { guide: string; title: string }> = {
  createAccount: { guide: "docs/api.md#auth", title: "accounts, keys and scopes" },
  createApiKey: { guide: "docs/access.md#restricted-keys", title: "keys restricted to a room or a user" },
  revokeApiKey: { guide: "docs/operations.md#secrets", title: "secrets and keys" },
  createRecording: { guide: "docs/api.md#recordings", title: "recordings" },
  listRecordings: { guide: "docs/api.md#listing", title: "listing and cursors" },
  getRecording: { guide: "docs/api.md#media", title: "media and content negotiation" },
  updateRecording: { guide: "docs/api.md#recordings", title: "status transitions and metadata" },
  uploadMedia: { guide: "docs/uploads.md#one-request", title: "uploads" },
  getPrimaryMedia: { guide: "docs/api.md#media", title: "ranges and conditionals" },
  getMedia: { guide: "docs/api.md#media", title: "ranges and conditionals" },
  createDownloadUrl: { guide: "docs/sharing.md#a-download-link", title: "download links" },
  createShareUrl: { guide: "docs/sharing.md#a-share-page", title: "share pages" },
  getSignedMedia: { guide: "docs/sharing.md#what-a-link-is", title: "signed links" },
  getSharePage: { guide: "docs/sharing.md#a-share-page", title: "share pages" },
  bulkDownload: { guide: "docs/bulk-downloads.md", title: "bulk downloads" },
  bulkDownloadByQuery: { guide: "docs/bulk-downloads.md", title: "bulk downloads" },
  bulkDownloadUrl: { guide: "docs/bulk-downloads.md#signed-links-to-a-zip", title: "signed links to a ZIP" },
  getSignedZip: { guide: "docs/bulk-downloads.md#signed-links-to-a-zip", title: "signed links to a ZIP" },
  deleteRecording: { guide: "docs/lifecycle.md#trash-and-restore", title: "trash, restore and purge" },
  restoreRecording: { guide: "docs/lifecycle.md#trash-and-restore", title: "trash, restore and purge" },
  bulkDeleteRecordings: { guide: "docs/lifecycle.md#bulk-delete", title: "bulk delete" },
  bulkRestoreRecordings: { guide: "docs/access.md#bulk-restore", title: "bulk restore" },
  createAccessToken: { guide: "docs/access.md#access-tokens", title: "access tokens" },
  describeUploads: { guide: "docs/uploads.md#resumable-uploads-tus-100", title: "resumable uploads" },
  createUpload: { guide: "docs/uploads.md#resumable-uploads-tus-100", title: "resumable uploads" },
  getUpload: { guide: "docs/uploads.md#resumable-uploads-tus-100", title: "resumable uploads" },
  patchUpload: { guide: "docs/uploads.md#resumable-uploads-tus-100", title: "resumable uploads" },
  terminateUpload: { guide: "docs/uploads.md#resumable-uploads-tus-100", title: "resumable uploads" },
  updateAccountQuota: { guide: "docs/account.md#quotas-the-operators", title: "quotas" },
  getAccount: { guide: "docs/account.md#the-account-and-its-usage", title: "the account and its usage" },
  updateAccount: { guide: "docs/account.md#retention", title: "retention" },
  getAccountUsage: { guide: "docs/account.md#the-account-and-its-usage", title: "daily usage" },
  placeAccountLegalHold: { guide: "docs/account.md#legal-holds", title: "legal holds" },
  releaseAccountLegalHold: { guide: "docs/account.md#legal-holds", title: "legal holds" },
  placeRecordingLegalHold: { guide: "docs/account.md#legal-holds", title: "legal holds" },
  releaseRecordingLegalHold: { guide: "docs/account.md#legal-holds", title: "legal holds" },
  listEvents: { guide: "docs/events.md#listing-events", title: "events" },
  createWebhook: { guide: "docs/events.md#endpoints", title: "webhook endpoints" },
  listWebhooks: { guide: "docs/events.md#endpoints", title: "webhook endpoints" },
  getWebhook: { guide: "docs/events.md#endpoints", title: "webhook endpoints" },
  updateWebhook: { guide: "docs/events.md#endpoints", title: "webhook endpoints" },
  deleteWebhook: { guide: "docs/events.md#endpoints", title: "webhook endpoints" },
  rotateWebhookSecret: { guide: "docs/events.md#signatures", title: "signatures and secret rotation" },
  testWebhook: { guide: "docs/events.md#endpoints", title: "webhook endpoints" },
  listWebhookDeliveries: { guide: "docs/events.md#deliveries-and-manual-retry", title: "deliveries and retries" },
  retryWebhookDelivery: { guide: "docs/events.md#deliveries-and-manual-retry", title: "deliveries and retries" },
};

/** The guide link an operation's description ends with, or "" (HEAD twins share their GET's). */
export function guideLink(operationId: string): string {
  const link = GUIDE_LINKS[operationId] ?? GUIDE_LINKS[operationId.replace(/Head$/, "")];
  return link ? `\n\nGuide: [${link.title}](${link.guide}).` : "";
}

/**
 * Appends each operation's guide link to its description, in a finished document's paths.
 * @example linkGuides(doc.paths) // "…A recording that is not in the trash is returned as it is.\n\nGuide: [trash, …](docs/lifecycle.md#…)."
 */
export function linkGuides<T extends object>(paths: T): T {
  for (const item of Object.values(paths) as object[]) {
    for (const operation of Object.values(item ?? {})) {
      const op = operation as { operationId?: string; description?: string };
      if (!op?.operationId || typeof op.description !== "string") continue;
      const link = guideLink(op.operationId);
      if (!op.description.endsWith(link)) op.description += link;
    }
  }
  return paths;
}
