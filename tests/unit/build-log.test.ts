import { describe, expect, it } from 'vitest';
import { tidyEvent, withoutColours } from '../../src/integrations/build-log.ts';
import { quietHeadInjectDirective } from '../../src/integrations/cronista.ts';

const event = (message: string, label: string | null = null, newLine = true) => ({ message, label, level: 'info' as const, newLine });

describe('the build log', () => {
  it('ends each route’s line, and leaves out render times that could no longer be matched to it', () => {
    expect(tidyEvent(event('  ├─ /about/index.html', null, false), false)).toMatchObject({
      message: '  ├─ /about/index.html',
      newLine: true,
    });
    expect(tidyEvent(event(' (+661ms) ', 'SKIP_FORMAT'), false)).toBeUndefined();
    expect(tidyEvent(event(' \u001b[2m(+1.47s)\u001b[22m ', 'SKIP_FORMAT'), true)).toBeUndefined();
    expect(tidyEvent(event(' (cached)', 'SKIP_FORMAT'), false)).toBeUndefined();
    expect(tidyEvent(event('\n generating static routes ', 'SKIP_FORMAT'), false)).toMatchObject({ newLine: true });
  });

  it('has no colour codes when it is not a terminal, and keeps them for one', () => {
    const coloured = '\u001b[33m[MODULE_LEVEL_DIRECTIVE] \u001b[0mwarning';
    expect(tidyEvent(event(coloured, 'vite'), false)?.message).toBe('[MODULE_LEVEL_DIRECTIVE] warning');
    expect(tidyEvent(event(coloured, 'vite'), true)?.message).toBe(coloured);
    expect(withoutColours('\u001b[38;5;246m│\u001b[0m')).toBe('│');
  });

  it('drops only Rolldown’s warning about Astro’s own head-inject directive', () => {
    const passed: unknown[] = [];
    const handler = (_level: never, log: never) => passed.push(log);
    quietHeadInjectDirective(
      'warn',
      {
        code: 'MODULE_LEVEL_DIRECTIVE',
        message:
          'The semantics of the module level directive "use astro:head-inject" in "x.mdx?astroPropagatedAssets" may not be preserved',
      },
      handler,
    );
    quietHeadInjectDirective(
      'warn',
      { code: 'MODULE_LEVEL_DIRECTIVE', message: 'Module level directives cause errors when bundled, "use client" in "x.js" was ignored.' },
      handler,
    );
    quietHeadInjectDirective('warn', { code: 'EVAL', message: 'Use of eval is strongly discouraged' }, handler);
    expect(passed).toHaveLength(2);
  });
});
