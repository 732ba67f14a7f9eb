import { createHash, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { findChromium, launchChromium, saveScreenshot } from './support/browser';
import { startProductServer, type ProductServer } from './support/product-server';

const demoPassword = 'pdledger-demo';
const chromiumPath = findChromium();
const describeWithBrowser = chromiumPath ? describe : describe.skip;

/** The review queue shows 25 records to a page: open the page that holds the record with this title. */
async function openReviewPageWith(page: Page, baseUrl: string, title: string): Promise<void> {
  for (let offset = 0; offset < 5000; offset += 100) {
    const response = await page.request.post(`${baseUrl}/graphql`, {
      data: {
        query: 'query($offset: Int) { reviewQueue(limit: 100, offset: $offset) { rows { title } } }',
        variables: { offset },
      },
    });
    const body = (await response.json()) as { data: { reviewQueue: { rows: Array<{ title: string }> } } };
    const index = body.data.reviewQueue.rows.findIndex((row) => row.title === title);
    if (index >= 0) {
      await page.goto(`${baseUrl}/review?page=${Math.floor((offset + index) / 25) + 1}`);
      return;
    }
    if (body.data.reviewQueue.rows.length < 100) break;
  }
  throw new Error(`"${title}" is not in the review queue`);
}

async function signIn(page: Page, baseUrl: string, email: string, heading: string): Promise<void> {
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(demoPassword);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

function base58(bytes: Uint8Array): string {
  let value = BigInt(`0x${Buffer.from(bytes).toString('hex')}`);
  let out = '';
  while (value > 0n) {
    out = BASE58[Number(value % 58n)] + out;
    value /= 58n;
  }
  for (const byte of bytes) {
    if (byte !== 0) break;
    out = `1${out}`;
  }
  return out;
}

/** A fresh Ed25519 key as a did:key (multicodec 0xed01), as anyone can make one. */
function freshDidKey(): { did: string; privateKey: KeyObject } {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const raw = Buffer.from(publicKey.export({ format: 'jwk' }).x as string, 'base64url');
  return { did: `did:key:z${base58(Buffer.concat([Buffer.from([0xed, 0x01]), raw]))}`, privateKey };
}

/** An OB 3.0 VC-JWT signed with a key nobody vouches for, naming the state as issuer and claiming 900 hours. */
function forgedBadge(email: string, title: string): string {
  const { did, privateKey } = freshDidKey();
  const id = `urn:uuid:${createHash('sha256').update(title).digest('hex').slice(0, 8)}-0000-4000-8000-000000000000`;
  const credential = {
    '@context': ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'],
    id,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    issuer: { id: did, type: ['Profile'], name: 'Pennsylvania Department of Education' },
    validFrom: '2026-09-01T00:00:00Z',
    name: title,
    credentialSubject: {
      type: ['AchievementSubject'],
      identifier: [{ type: 'IdentityObject', identityType: 'emailAddress', hashed: false, identityHash: email }],
      achievement: {
        id: 'https://example.org/achievements/literacy-leadership',
        type: ['Achievement'],
        name: title,
        criteria: { narrative: 'Trust me.' },
        creditsAvailable: 900,
      },
    },
  };
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const header = part({ alg: 'EdDSA', kid: `${did}#${did.slice('did:key:'.length)}`, typ: 'JWT' });
  const payload = part({ vc: credential, iss: did, jti: id, nbf: Math.floor(Date.parse(credential.validFrom) / 1000) });
  const signature = sign(null, Buffer.from(`${header}.${payload}`), privateKey).toString('base64url');
  return `${header}.${payload}.${signature}`;
}

describeWithBrowser(
  'a badge from an issuer nobody trusts waits for a person; HR trusts the issuer from the waiting list (Chromium)',
  () => {
    let server: ProductServer;
    let browser: Browser;
    const title = `Literacy Leadership ${Date.now()}`;

    beforeAll(async () => {
      server = await startProductServer();
      browser = await launchChromium(chromiumPath as string);
    });

    afterAll(async () => {
      await browser?.close();
      await server?.stop();
    });

    it('files the forged badge for review with its findings, and HR trusts its issuer from the waiting list', async () => {
      const teacher = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const teacherPage = await teacher.newPage();
      await signIn(teacherPage, server.baseUrl, 'teacher@maplewood.example.org', 'My professional development');
      await teacherPage.goto(`${server.baseUrl}/badges`);
      await teacherPage.getByRole('heading', { level: 1, name: 'Import a badge' }).waitFor();
      await teacherPage.getByLabel('Badge files').setInputFiles({
        name: 'literacy.json',
        mimeType: 'application/json',
        buffer: Buffer.from(forgedBadge('teacher@maplewood.example.org', title)),
      });
      await teacherPage.getByRole('button', { name: 'Import badges' }).click();
      await teacherPage.getByText(/1 imported badge waits for a reviewer/).waitFor();
      await saveScreenshot(teacherPage, 'teacher-badge-waits-for-review');

      const hr = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const hrPage = await hr.newPage();
      await signIn(hrPage, server.baseUrl, 'hr@maplewood.example.org', 'District overview');
      await openReviewPageWith(hrPage, server.baseUrl, title);
      const row = hrPage.getByRole('row').filter({ hasText: title });
      await row.getByText('Issuer not trusted').waitFor();
      await row.getByText('Claims more than the catalog').waitFor();
      await row.getByText(/Badge claims 900 h/).waitFor();
      await saveScreenshot(hrPage, 'hr-review-badge-findings');

      await hrPage.goto(`${server.baseUrl}/settings`);
      const card = hrPage.getByRole('article').filter({ hasText: title });
      await card.getByText(/Pennsylvania Department of Education/).waitFor();
      await card.getByRole('button', { name: /^Trust…/ }).click();
      await card.getByRole('textbox', { name: /Name in PD Ledger/ }).fill('Literacy academy (verified by phone)');
      await card.getByRole('textbox', { name: /Note/ }).fill('Called the academy on the number in our vendor file.');
      await card.getByRole('button', { name: 'Trust this issuer' }).click();
      await hrPage.getByRole('status').filter({ hasText: 'is now trusted' }).waitFor();
      await hrPage.getByRole('table').filter({ hasText: 'Literacy academy (verified by phone)' }).waitFor();
      await saveScreenshot(hrPage, 'hr-trusted-issuers');

      // The badge already waiting stays in review for a person to decide.
      await openReviewPageWith(hrPage, server.baseUrl, title);
      await hrPage.getByRole('row').filter({ hasText: title }).waitFor();

      await teacher.close();
      await hr.close();
    });
  },
);
