import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { Readable, Transform, TransformCallback } from 'node:stream';
import * as yauzl from 'yauzl';
import { ImportContainerError } from './import-container-error';

/** One uploaded file: either already on disk or held in memory. */
export type UploadedFile = { name: string; path: string } | { name: string; buffer: Buffer };

/**
 * Where an import comes from: a zip (path or bytes), a folder on disk (the CLI), or loose files
 * uploaded one by one (e.g. orgs.csv + users.csv without a zip).
 */
export type ImportSource =
  | { kind: 'zip'; path: string }
  | { kind: 'zip'; buffer: Buffer }
  | { kind: 'directory'; path: string }
  | { kind: 'files'; files: readonly UploadedFile[] };

/** Limits that keep a hostile zip (a "zip bomb") from exhausting memory, disk or time. */
export interface ZipLimits {
  /** Most entries the central directory may list; a OneRoster zip has about 15. */
  maxEntries: number;
  /** Largest uncompressed size of one entry we read. */
  maxEntryBytes: number;
  /** Largest total of uncompressed bytes read from all entries. */
  maxTotalBytes: number;
  /** Highest uncompressed/compressed ratio for an entry larger than `ratioAppliesAboveBytes`. */
  maxCompressionRatio: number;
  /** Small entries may compress extremely well (a header-only CSV); the ratio rule skips them. */
  ratioAppliesAboveBytes: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntries: 100,
  maxEntryBytes: 512 * 1024 * 1024,
  maxTotalBytes: 1024 * 1024 * 1024,
  maxCompressionRatio: 100,
  ratioAppliesAboveBytes: 1024 * 1024,
};

/** A set of named files that can each be streamed (more than once, for two-pass formats). */
export interface FileBundle {
  /** The file names present, as the user would recognise them (base names). */
  names(): string[];
  /** The stored name matching `name` case-insensitively, if any. */
  find(name: string): string | undefined;
  open(name: string): Promise<Readable>;
  close(): Promise<void>;
}

/** Opens any import source as a bundle of files. Throws ImportContainerError when it cannot. */
export async function openBundle(source: ImportSource, limits: Partial<ZipLimits> = {}): Promise<FileBundle> {
  switch (source.kind) {
    case 'zip':
      return ZipBundle.open(source, { ...DEFAULT_ZIP_LIMITS, ...limits });
    case 'directory':
      return openDirectory(source.path);
    case 'files':
      return filesBundle(source.files);
  }
}

/** Streams one uploaded file. */
export function openUploadedFile(file: UploadedFile): Readable {
  return 'buffer' in file ? Readable.from([file.buffer]) : createReadStream(file.path);
}

function byBaseName<T>(items: Iterable<[string, T]>): Map<string, { name: string; item: T }> {
  const map = new Map<string, { name: string; item: T }>();
  for (const [name, item] of items) {
    const key = name.toLowerCase();
    if (!map.has(key)) map.set(key, { name, item });
  }
  return map;
}

function filesBundle(files: readonly UploadedFile[]): FileBundle {
  const map = byBaseName(files.map((file) => [basename(file.name), file] as [string, UploadedFile]));
  return {
    names: () => [...map.values()].map((entry) => entry.name),
    find: (name) => map.get(name.toLowerCase())?.name,
    open: async (name) => {
      const entry = map.get(name.toLowerCase());
      if (!entry) throw new ImportContainerError('unreadable', `${name} was not uploaded.`);
      return openUploadedFile(entry.item);
    },
    close: async () => undefined,
  };
}

async function openDirectory(path: string): Promise<FileBundle> {
  let names: string[];
  try {
    if (!(await stat(path)).isDirectory()) throw new Error('not a folder');
    names = (await readdir(path)).filter((name) => !name.startsWith('.'));
  } catch (error) {
    throw new ImportContainerError('unreadable', `The folder ${path} could not be read: ${(error as Error).message}`);
  }
  return filesBundle(names.map((name) => ({ name, path: join(path, name) })));
}

/**
 * A zip read through its central directory, so entries are opened in the order the parser needs
 * (manifest, orgs, roles, users) whatever order they were stored in, and files the importer does
 * not use (enrollments, classes, ...) are never decompressed.
 */
class ZipBundle implements FileBundle {
  private totalBytes = 0;

  private constructor(
    private readonly zip: yauzl.ZipFile,
    private readonly entries: Map<string, { name: string; item: yauzl.Entry }>,
    private readonly limits: ZipLimits,
  ) {}

  static async open(source: { path: string } | { buffer: Buffer }, limits: ZipLimits): Promise<ZipBundle> {
    const options: yauzl.Options = { lazyEntries: true, autoClose: false, validateEntrySizes: true, strictFileNames: false };
    let zip: yauzl.ZipFile;
    try {
      zip =
        'buffer' in source
          ? await yauzl.fromBufferPromise(source.buffer, options)
          : await yauzl.openPromise(source.path, options);
    } catch (error) {
      throw new ImportContainerError(
        'not-a-zip',
        `The upload is not a readable zip file (${(error as Error).message}). Upload the .zip your SIS exported, or the CSV files themselves.`,
      );
    }
    try {
      if (zip.entryCount > limits.maxEntries) {
        throw new ImportContainerError(
          'zip-too-many-entries',
          `The zip lists ${zip.entryCount} files; at most ${limits.maxEntries} are accepted. A OneRoster export has about 15.`,
        );
      }
      const entries = await readEntries(zip);
      const useful = entries
        .filter(
          (entry) =>
            !entry.fileName.endsWith('/') && !entry.fileName.startsWith('__MACOSX/') && !basename(entry.fileName).startsWith('.'),
        )
        // Prefer the shallowest copy when a folder was zipped together with a nested one.
        .sort((a, b) => a.fileName.split('/').length - b.fileName.split('/').length);
      return new ZipBundle(
        zip,
        byBaseName(useful.map((entry) => [basename(entry.fileName), entry] as [string, yauzl.Entry])),
        limits,
      );
    } catch (error) {
      zip.close();
      throw error;
    }
  }

  names(): string[] {
    return [...this.entries.values()].map((entry) => entry.name);
  }

  find(name: string): string | undefined {
    return this.entries.get(name.toLowerCase())?.name;
  }

  async open(name: string): Promise<Readable> {
    const found = this.entries.get(name.toLowerCase());
    if (!found) throw new ImportContainerError('unreadable', `${name} is not in the zip.`);
    const entry = found.item;
    const label = found.name;
    const { maxEntryBytes, maxCompressionRatio, ratioAppliesAboveBytes } = this.limits;
    if (entry.isEncrypted())
      throw new ImportContainerError(
        'zip-encrypted',
        `${label} in the zip is password-protected; export the zip without a password.`,
      );
    if (!entry.canDecodeFileData()) {
      throw new ImportContainerError(
        'zip-unsupported',
        `${label} in the zip uses an unsupported compression method (${entry.compressionMethod}); re-create the zip with standard (deflate) compression.`,
      );
    }
    if (entry.uncompressedSize > maxEntryBytes) {
      throw new ImportContainerError(
        'zip-too-large',
        `${label} would unpack to ${formatBytes(entry.uncompressedSize)}; the limit is ${formatBytes(maxEntryBytes)} per file.`,
      );
    }
    if (
      entry.uncompressedSize > ratioAppliesAboveBytes &&
      entry.uncompressedSize / Math.max(entry.compressedSize, 1) > maxCompressionRatio
    ) {
      throw new ImportContainerError(
        'zip-compression-ratio',
        `${label} is compressed ${Math.round(entry.uncompressedSize / Math.max(entry.compressedSize, 1))}:1 (${formatBytes(entry.compressedSize)} unpacking to ${formatBytes(entry.uncompressedSize)}); ` +
          `more than ${maxCompressionRatio}:1 looks like a zip bomb, so the upload was refused.`,
      );
    }
    if (this.totalBytes + entry.uncompressedSize > this.limits.maxTotalBytes) {
      throw new ImportContainerError(
        'zip-too-large',
        `The zip would unpack to more than ${formatBytes(this.limits.maxTotalBytes)}.`,
      );
    }
    this.totalBytes += entry.uncompressedSize;
    let raw: Readable;
    try {
      raw = await this.zip.openReadStreamPromise(entry);
    } catch (error) {
      throw new ImportContainerError('unreadable', `${label} in the zip could not be read: ${(error as Error).message}`);
    }
    // The declared size was checked above; this guard also stops an entry that lies about it
    // (yauzl's validateEntrySizes reports the lie, and the counter refuses to pass extra bytes).
    const counter = new ByteLimit(entry.uncompressedSize, label);
    raw.on('error', (error) =>
      counter.destroy(
        error instanceof ImportContainerError
          ? error
          : new ImportContainerError('unreadable', `${label} in the zip is damaged: ${error.message}`),
      ),
    );
    return raw.pipe(counter);
  }

  async close(): Promise<void> {
    this.zip.close();
  }
}

function readEntries(zip: yauzl.ZipFile): Promise<yauzl.Entry[]> {
  return new Promise((resolve, reject) => {
    const entries: yauzl.Entry[] = [];
    zip.on('entry', (entry: yauzl.Entry) => {
      entries.push(entry);
      zip.readEntry();
    });
    zip.on('end', () => resolve(entries));
    zip.on('error', (error: Error) => reject(new ImportContainerError('not-a-zip', `The zip is damaged: ${error.message}`)));
    zip.readEntry();
  });
}

class ByteLimit extends Transform {
  private seen = 0;
  constructor(
    private readonly limit: number,
    private readonly label: string,
  ) {
    super();
  }
  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.seen += chunk.length;
    if (this.seen > this.limit) {
      callback(
        new ImportContainerError(
          'zip-too-large',
          `${this.label} unpacks to more bytes than the zip declares; the upload was refused.`,
        ),
      );
      return;
    }
    callback(null, chunk);
  }
}

function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} bytes`;
}
