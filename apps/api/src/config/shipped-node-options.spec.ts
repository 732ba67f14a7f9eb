import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { API_ENTRY, shippedNodeOptions } from './shipped-node-options';

const root = resolve(__dirname, '../../../..');

describe('the Node flags the product ships the API with', () => {
  it('bounds the heap in npm start', () => {
    const flags = shippedNodeOptions(root);
    expect(flags.some((flag) => /^--max-old-space-size=\d+$/.test(flag))).toBe(true);
  });

  it('runs the Docker image with the same flags as npm start', () => {
    const dockerfile = readFileSync(resolve(root, 'Dockerfile'), 'utf8');
    const cmd = /^CMD (\[.*\])\s*$/m.exec(dockerfile);
    expect(cmd).not.toBeNull();
    const argv = JSON.parse(cmd![1]!) as string[];
    expect(argv[0]).toBe('node');
    expect(argv[argv.length - 1]).toBe(API_ENTRY);
    expect(argv.slice(1, -1)).toEqual(shippedNodeOptions(root));
  });

  it("lets docker-compose run the image's command (no override that would drop the flags)", () => {
    const compose = readFileSync(resolve(root, 'docker-compose.yml'), 'utf8');
    expect(compose).not.toMatch(/^\s*(command|entrypoint):/m);
    expect(compose).not.toMatch(/NODE_OPTIONS/);
  });
});
