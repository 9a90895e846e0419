import { describe, expect, inject, it } from 'vitest';

/** What `npm run build` prints for the demo, as a CI log (not a terminal) records it. */
const output = inject('demoBuildOutput');

describe('the build log', () => {
  it('says the content check’s outcome once', () => {
    expect(output.match(/Checked \d+ events/g)).toHaveLength(1);
  });

  it('lists each route on a line of its own', () => {
    const routes = output.split('\n').filter((line) => line.includes('├─'));
    expect(routes.length).toBeGreaterThan(50);
    for (const line of routes) expect(line.match(/├─/g)).toHaveLength(1);
    expect(output).not.toMatch(/^\s*\(\+[\d.]+m?s\)\s*$/m);
  });

  it('has no colour codes, and no warning about Astro’s own MDX directive', () => {
    expect(output).not.toMatch(/\u001b\[/);
    expect(output).not.toContain('MODULE_LEVEL_DIRECTIVE');
  });
});
