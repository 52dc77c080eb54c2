// Small, real, playable audio for seeding and tests: PCM 16-bit WAV files of soft sine tones.

const BYTES_PER_SAMPLE = 2;
const HEADER_BYTES = 44;

/**
 * A PCM 16-bit little-endian WAV (RIFF header + samples) of sine tones: the frequencies are
 * played one after another as an arpeggio through the first half, then together as a chord,
 * each note with a soft attack and release so nothing clicks. With two channels the notes are
 * spread from left to right.
 * @param {{ seconds: number, frequencies: number[], sampleRate?: number, channels?: number }} options
 * @returns {Uint8Array} the whole file
 * @throws {RangeError} for a non-positive duration, no frequencies, or an unsupported channel count
 * @example
 * const cMajor = toneWav({ seconds: 2, frequencies: [261.63, 329.63, 392.0] });
 */
export function toneWav({ seconds, frequencies, sampleRate = 16000, channels = 1 }) {
  if (!(seconds > 0)) throw new RangeError("seconds must be positive");
  if (!frequencies?.length) throw new RangeError("frequencies must not be empty");
  if (channels !== 1 && channels !== 2) throw new RangeError("channels must be 1 or 2");

  const frames = Math.max(1, Math.round(seconds * sampleRate));
  const dataBytes = frames * channels * BYTES_PER_SAMPLE;
  const bytes = new Uint8Array(HEADER_BYTES + dataBytes);
  const view = new DataView(bytes.buffer);
  writeHeader(view, { sampleRate, channels, dataBytes });

  const notes = scheduleNotes(frequencies, frames);
  const peak = 0.8 / frequencies.length; // every note at full level still stays below 0.8
  for (let frame = 0; frame < frames; frame++) {
    const t = frame / sampleRate;
    let left = 0;
    let right = 0;
    for (const note of notes) {
      if (frame < note.start || frame >= note.end) continue;
      const level = envelope(frame - note.start, note.end - note.start, sampleRate);
      const value = Math.sin(2 * Math.PI * note.frequency * t) * level * note.gain;
      left += value * (1 - note.pan);
      right += value * note.pan;
    }
    const offset = HEADER_BYTES + frame * channels * BYTES_PER_SAMPLE;
    if (channels === 1) {
      view.setInt16(offset, toInt16((left + right) * peak), true);
    } else {
      view.setInt16(offset, toInt16(left * peak), true);
      view.setInt16(offset + BYTES_PER_SAMPLE, toInt16(right * peak), true);
    }
  }
  return bytes;
}

/**
 * The canonical 44-byte header: RIFF, "fmt " (PCM) and "data" chunks.
 * @param {DataView} view
 * @param {{ sampleRate: number, channels: number, dataBytes: number }} format
 */
function writeHeader(view, { sampleRate, channels, dataBytes }) {
  const ascii = (/** @type {number} */ offset, /** @type {string} */ text) => {
    for (let i = 0; i < text.length; i++) view.setUint8(offset + i, text.charCodeAt(i));
  };
  ascii(0, "RIFF");
  view.setUint32(4, HEADER_BYTES - 8 + dataBytes, true);
  ascii(8, "WAVE");
  ascii(12, "fmt ");
  view.setUint32(16, 16, true); // fmt chunk size
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, channels, true);
  view.setUint32(24, sampleRate, true);
  view.setUint32(28, sampleRate * channels * BYTES_PER_SAMPLE, true); // byte rate
  view.setUint16(32, channels * BYTES_PER_SAMPLE, true); // block align
  view.setUint16(34, BYTES_PER_SAMPLE * 8, true);
  ascii(36, "data");
  view.setUint32(40, dataBytes, true);
}

/**
 * Arpeggio through the first half (each note rings on to the half), then the full chord.
 * @param {number[]} frequencies
 * @param {number} frames
 * @returns {{ frequency: number, start: number, end: number, gain: number, pan: number }[]}
 *   start and end in frames; pan from 0 (left) to 1 (right)
 */
function scheduleNotes(frequencies, frames) {
  const half = frequencies.length > 1 ? Math.floor(frames / 2) : 0;
  const step = Math.floor(half / frequencies.length);
  const pan = (/** @type {number} */ i) => (frequencies.length > 1 ? 0.2 + (0.6 * i) / (frequencies.length - 1) : 0.5);
  const arpeggio = half
    ? frequencies.map((frequency, i) => ({ frequency, start: i * step, end: half, gain: 1, pan: pan(i) }))
    : [];
  const chord = frequencies.map((frequency, i) => ({ frequency, start: half, end: frames, gain: 1, pan: pan(i) }));
  return [...arpeggio, ...chord];
}

/**
 * 20 ms attack, exponential-ish decay to a sustain, 80 ms release: no clicks at the edges.
 * @param {number} position frames since the note started
 * @param {number} length the note's length in frames
 * @param {number} sampleRate
 * @returns {number} the level, 0 to 1
 */
function envelope(position, length, sampleRate) {
  const attack = Math.min(0.02 * sampleRate, length / 4);
  const release = Math.min(0.08 * sampleRate, length / 4);
  if (position < attack) return position / attack;
  if (position > length - release) return Math.max(0, (length - position) / release);
  const decay = Math.exp(-(position - attack) / (0.6 * sampleRate));
  return 0.6 + 0.4 * decay;
}

/**
 * A sample from -1..1 as a 16-bit integer, clipped.
 * @param {number} sample
 * @returns {number}
 */
function toInt16(sample) {
  return Math.max(-32768, Math.min(32767, Math.round(sample * 32767)));
}
