import { ZipFile } from 'yazl';
import { openBundle } from './file-bundle';
import { ImportContainerError } from './import-container-error';

function zipBuffer(files: Record<string, Buffer>, compress = true): Promise<Buffer> {
  const zip = new ZipFile();
  for (const [name, data] of Object.entries(files)) zip.addBuffer(data, name, { compress });
  zip.end();
  const chunks: Buffer[] = [];
  return new Promise((resolve) => {
    zip.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk));
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
  });
}

async function readAll(bundleBuffer: Buffer, name: string, limits = {}): Promise<string> {
  const bundle = await openBundle({ kind: 'zip', buffer: bundleBuffer }, limits);
  try {
    const chunks: Buffer[] = [];
    for await (const chunk of await bundle.open(name)) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString();
  } finally {
    await bundle.close();
  }
}

describe('zip bundles', () => {
  it('finds files case-insensitively, wherever the folder put them', async () => {
    const zip = await zipBuffer({ 'Export/Users.csv': Buffer.from('a\n1\n') });
    expect(await readAll(zip, 'users.csv')).toBe('a\n1\n');
  });

  it.each([
    ['per-file size', { maxEntryBytes: 1000 }, 'the limit is'],
    ['total size', { maxTotalBytes: 1000 }, 'would unpack to more than'],
    ['compression ratio', { ratioAppliesAboveBytes: 1000, maxCompressionRatio: 10 }, 'looks like a zip bomb'],
  ])('refuses an entry over the %s limit before inflating it', async (_label, limits, message) => {
    const zip = await zipBuffer({ 'users.csv': Buffer.alloc(100_000, 'a') });
    const attempt = readAll(zip, 'users.csv', limits);
    await expect(attempt).rejects.toBeInstanceOf(ImportContainerError);
    await expect(readAll(zip, 'users.csv', limits)).rejects.toThrow(message);
  });

  it('refuses an entry that unpacks to more than its header declares', async () => {
    const zip = await zipBuffer({ 'users.csv': Buffer.from('x'.repeat(1000)) }, false);
    // Patch the stored sizes (central directory and local header) down to 10 bytes: a lying entry.
    const lying = Buffer.from(zip);
    for (let at = 0; at < lying.length - 4; at++) {
      const signature = lying.readUInt32LE(at);
      if (signature === 0x02014b50) lying.writeUInt32LE(10, at + 24);
      if (signature === 0x04034b50) lying.writeUInt32LE(10, at + 22);
    }
    await expect(readAll(lying, 'users.csv')).rejects.toBeInstanceOf(ImportContainerError);
  });
});
