// Resumable uploads with a real tus client (tus-js-client, as any user would run it): used by
// scripts/tus-upload.mjs, the e2e tests and the benchmark.
import * as tus from "tus-js-client";

/**
 * Uploads `data` to a recording with tus-js-client, in chunks of `chunkSize` bytes, or resumes the
 * upload at `uploadUrl`.
 * @param {{ baseUrl: string, key: string, recordingId: string, data: Buffer, chunkSize?: number,
 *   filename?: string, filetype?: string, uploadUrl?: string, stopAfterBytes?: number,
 *   onProgress?: (sent: number, total: number) => void }} options stopAfterBytes: abort the client
 *   (without terminating the upload) once that many bytes of the body have been sent, as a dropped
 *   connection would.
 * @returns {Promise<{ url: string, mediaId: string | null, stopped: boolean }>} the upload's URL, the
 *   media item's id (from `Upload-Media-Id`) once finished, and whether it was stopped part-way
 */
export function tusUpload({ baseUrl, key, recordingId, data, chunkSize = 8 * 1024 * 1024, filename, filetype, uploadUrl, stopAfterBytes, onProgress }) {
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
      retryDelays: [0, 500, 1500],
      storeFingerprintForResuming: false,
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
