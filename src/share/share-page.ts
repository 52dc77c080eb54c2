/**
 * The share page a signed link opens: a native player, the recording's basic facts and a download
 * button, server-rendered with no JavaScript. Everything from users is escaped.
 */
import { escapeHtml as esc } from "../lib/html";
import type { Media, Recording } from "../schemas/recording";
import { htmlPage } from "./layout";

export interface SharePage {
  recording: Recording;
  /** The audio or video item the page plays. */
  media: Media;
  /** Signed links to the item: inline for the player, attachment for the download button. */
  mediaUrl: string;
  downloadUrl: string;
  /** The page's own (signed) URL, for Open Graph. */
  pageUrl: string;
  expiresAt: Date;
  nonce: string;
}

const SOURCES: Record<string, string> = { pstn: "Phone (PSTN)", sip: "SIP", webrtc: "WebRTC", other: "Other" };
const KINDS: Record<string, string> = { pstn: "Phone call", sip: "SIP call", webrtc: "WebRTC call" };
const MAX_TITLE = 120;

/** `2026-11-23 10:15 UTC` */
export function formatWhen(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

/** `45 s`, `3 min 05 s`, `1 h 02 min 03 s` */
export function formatDuration(seconds: number): string {
  const total = Math.round(seconds);
  const [h, m, s] = [Math.floor(total / 3600), Math.floor((total % 3600) / 60), total % 60];
  const pad = (n: number) => String(n).padStart(2, "0");
  if (h > 0) return `${h} h ${pad(m)} min ${pad(s)} s`;
  return m > 0 ? `${m} min ${pad(s)} s` : `${s} s`;
}

/** `812 bytes`, `1.4 MB` (decimal units, as file managers show them). */
export function formatSize(bytes: number): string {
  if (bytes < 1000) return `${bytes} bytes`;
  const units = ["kB", "MB", "GB", "TB"];
  let value = bytes / 1000;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}

/** The page title: the metadata's `title` when it is a short string, else the kind of call and its date. */
export function shareTitle(recording: Recording): string {
  const title = recording.metadata.title;
  if (typeof title === "string" && title.trim() !== "") return title.trim().slice(0, MAX_TITLE);
  const when = recording.started_at ?? recording.created_at;
  return `${KINDS[recording.source] ?? "Recording"}, ${formatWhen(when)}`;
}

function durationOf(recording: Recording): number | null {
  if (recording.duration_seconds !== null) return recording.duration_seconds;
  if (!recording.started_at || !recording.ended_at) return null;
  return Math.max(0, (Date.parse(recording.ended_at) - Date.parse(recording.started_at)) / 1000);
}

function facts(page: SharePage): [string, string][] {
  const { recording, media } = page;
  const when = recording.started_at ?? recording.created_at;
  const duration = durationOf(recording);
  const rows: [string, string][] = [["When", `<time datetime="${esc(when)}">${esc(formatWhen(when))}</time>`]];
  if (duration !== null) rows.push(["Duration", esc(formatDuration(duration))]);
  rows.push(["Source", esc(SOURCES[recording.source] ?? recording.source)]);
  rows.push(["File", `${esc(media.filename)} (${esc(formatSize(media.byte_size))}, ${esc(media.content_type)})`]);
  return rows;
}

function openGraph(page: SharePage, title: string, description: string): string {
  const kind = page.media.content_type.toLowerCase().startsWith("video/") ? "video" : "audio";
  const tags: [string, string][] = [
    ["og:title", title],
    ["og:description", description],
    ["og:type", kind === "video" ? "video.other" : "website"],
    ["og:url", page.pageUrl],
    [`og:${kind}`, page.mediaUrl],
    [`og:${kind}:type`, page.media.content_type],
  ];
  return tags.map(([property, content]) => `\n<meta property="${property}" content="${esc(content)}">`).join("");
}

/** Renders the share page; the player is `<video>` for video types and `<audio>` otherwise. */
export function renderSharePage(page: SharePage): string {
  const title = shareTitle(page.recording);
  const rows = facts(page);
  const duration = durationOf(page.recording);
  const description = [formatWhen(page.recording.started_at ?? page.recording.created_at), duration === null ? "" : formatDuration(duration)]
    .filter(Boolean)
    .join(" · ");
  const tag = page.media.content_type.toLowerCase().startsWith("video/") ? "video" : "audio";
  const fallback = `Your browser cannot play this file here; <a href="${esc(page.downloadUrl)}">download it</a>.`;
  const body = `<h1>${esc(title)}</h1>
<${tag} controls preload="metadata"${tag === "video" ? " playsinline" : ""} src="${esc(page.mediaUrl)}">${fallback}</${tag}>
<dl>${rows.map(([term, value]) => `<dt>${term}</dt><dd>${value}</dd>`).join("")}</dl>
<p><a class="button" href="${esc(page.downloadUrl)}" download="${esc(page.media.filename)}">Download</a></p>
<p class="note">This link works until <time datetime="${page.expiresAt.toISOString()}">${esc(formatWhen(page.expiresAt.toISOString()))}</time>.</p>`;
  return htmlPage({ title, nonce: page.nonce, head: openGraph(page, title, description), body });
}
