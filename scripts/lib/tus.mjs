// Resumable uploads with a real tus client (tus-js-client, as any user would run it): used by
// scripts/tus-upload.mjs, the e2e tests and the benchmark.
import * as tus from "tus-js-client";

/**
 * Waits before each retry after a failed request (7 s in all): long enough for a dev server to be
 * restarted, after which the client asks HEAD where the upload stands and goes on from there.
 */
export const RETRY_DELAYS = [0, 500, 1000, 1500, 2000, 2000];

/**
 * Uploads `data` to a recording with tus-js-client, in chunks of `chunkSize` bytes, or resumes the
 * upload at `uploadUrl`.
 * @param {{ baseUrl: string, key: string, recordingId: string, data: Buffer, chunkSize?: number,
 *   filename?: string, filetype?: string, uploadUrl?: string, stopAfterBytes?: number,
 *   onProgress?: (sent: number, total: number) => void, onUploadUrl?: (url: string) => void,
 *   retryDelays?: number[] }} options stopAfterBytes: abort the client (without terminating the
 *   upload) once that many bytes of the body have been sent, as a dropped connection would;
 *   onUploadUrl: called with the upload's URL as soon as it is known (created or resumed);
 *   retryDelays: tus-js-client's waits before each retry (default {@link RETRY_DELAYS}).
 * @returns {Promise<{ url: string, mediaId: string | null, stopped: boolean }>} the upload's URL, the
 *   media item's id (from `Upload-Media-Id`) once finished, and whether it was stopped part-way
 */
export function tusUpload({ baseUrl, key, recordingId, data, chunkSize = 8 * 1024 * 1024, filename, filetype, uploadUrl, stopAfterBytes, onProgress, onUploadUrl, retryDelays = RETRY_DELAYS }) {
  return new Promise((resolve, reject) => {
    /** @type {string | null} */
    let mediaId = null;
    /** @type {Record<string, string>} */
    const metadata = {};
    if (filename) metadata.filename = filename;
    if (filetype) metadata.filetype = filetype;
    const upload = new tus.Upload(data, {
      endpoint: new URL(`/v1/recordings/${recordingId}/uploads`, baseUrl).toString(),
      uploadUrl: uploadUrl ?? null,
      chunkSize,
      metadata,
      headers: { Authorization: `Bearer ${key}` },
      retryDelays,
      storeFingerprintForResuming: false,
      onUploadUrlAvailable() {
        if (upload.url) onUploadUrl?.(upload.url);
      },
      onAfterResponse(_req, res) {
        mediaId = res.getHeader("Upload-Media-Id") ?? mediaId;
      },
      onProgress(sent, total) {
        onProgress?.(sent, total);
        if (stopAfterBytes !== undefined && sent >= stopAfterBytes) {
          upload.abort(false).then(() => resolve({ url: upload.url ?? "", mediaId: null, stopped: true }), reject);
        }
      },
      onSuccess: () => resolve({ url: upload.url ?? "", mediaId, stopped: false }),
      onError: reject,
    });
    upload.start();
  });
}
