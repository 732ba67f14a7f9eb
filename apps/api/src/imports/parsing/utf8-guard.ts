import { isUtf8 } from 'node:buffer';
import { Transform, TransformCallback } from 'node:stream';

/** Raised inside the stream when the bytes are not UTF-8; the CSV reader turns it into a problem. */
export class Utf8EncodingError extends Error {
  constructor(
    readonly line: number,
    readonly byte: number,
    message: string,
  ) {
    super(message);
    this.name = 'Utf8EncodingError';
  }
}

/**
 * Passes bytes through unchanged while checking they are well-formed UTF-8 (RFC 3629), so a
 * spreadsheet saved as Windows-1252 / Latin-1 is reported with the line of the first bad byte
 * instead of being silently turned into replacement characters. A UTF-8 BOM is fine; a UTF-16
 * BOM is reported straight away because every byte after it would look wrong.
 */
export class Utf8Guard extends Transform {
  /** Continuation bytes still expected for the current character. */
  private pending = 0;
  /** Bounds for the next continuation byte (narrowed for overlongs and surrogates). */
  private low = 0x80;
  private high = 0xbf;
  private line = 1;
  private first = true;
  /** First byte of the character being read, reported when its continuation is wrong. */
  private lead = 0;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    if (this.first && chunk.length > 0) {
      this.first = false;
      // 0xFF and 0xFE never occur in UTF-8; at the start of a file they are a UTF-16 byte-order mark.
      if (chunk[0] === 0xff || chunk[0] === 0xfe) {
        callback(
          new Utf8EncodingError(
            1,
            chunk[0],
            'The file is saved as UTF-16 (Unicode text). Save it as "CSV UTF-8" and upload it again.',
          ),
        );
        return;
      }
    }
    // Fast path: a chunk that is complete, valid UTF-8 on its own only needs its lines counted.
    if (this.pending === 0 && isUtf8(chunk)) {
      for (let at = chunk.indexOf(0x0a); at !== -1; at = chunk.indexOf(0x0a, at + 1)) this.line += 1;
      callback(null, chunk);
      return;
    }
    const bad = this.scan(chunk);
    if (bad >= 0) {
      // A broken sequence is the lead byte's fault (e.g. Latin-1 "é" = 0xE9 followed by plain text).
      const byte = this.pending > 0 ? this.lead : chunk[bad];
      const guess = byte >= 0xa0 ? ` (in Windows-1252 / Latin-1 it would be "${Buffer.from([byte]).toString('latin1')}")` : '';
      callback(
        new Utf8EncodingError(
          this.line,
          byte,
          `The file is not UTF-8: byte 0x${byte.toString(16).toUpperCase().padStart(2, '0')} on line ${this.line} is not valid UTF-8${guess}. ` +
            'It was probably saved as Windows-1252 / Latin-1; save it as "CSV UTF-8" and upload it again.',
        ),
      );
      return;
    }
    callback(null, chunk);
  }

  override _flush(callback: TransformCallback): void {
    if (this.pending > 0) {
      callback(
        new Utf8EncodingError(
          this.line,
          0,
          `The file is not UTF-8: it ends in the middle of a character on line ${this.line}. Save it as "CSV UTF-8" and upload it again.`,
        ),
      );
      return;
    }
    callback();
  }

  /** Returns the index of the first invalid byte, or -1. */
  private scan(chunk: Buffer): number {
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i];
      if (this.pending > 0) {
        if (b < this.low || b > this.high) return i;
        this.pending -= 1;
        this.low = 0x80;
        this.high = 0xbf;
        continue;
      }
      this.lead = b;
      if (b < 0x80) {
        if (b === 0x0a) this.line += 1;
      } else if (b >= 0xc2 && b <= 0xdf) {
        this.pending = 1;
      } else if (b >= 0xe0 && b <= 0xef) {
        this.pending = 2;
        if (b === 0xe0) this.low = 0xa0; // overlong
        if (b === 0xed) this.high = 0x9f; // UTF-16 surrogates
      } else if (b >= 0xf0 && b <= 0xf4) {
        this.pending = 3;
        if (b === 0xf0) this.low = 0x90; // overlong
        if (b === 0xf4) this.high = 0x8f; // above U+10FFFF
      } else {
        return i;
      }
    }
    return -1;
  }
}
