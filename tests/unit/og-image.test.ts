import { describe, expect, it } from 'vitest';
import { EVENT_CARD_LIMIT, drawsEventCards } from '../../src/lib/exports/og-image.ts';

describe('social cards per event', () => {
  it('are drawn up to the limit with auto, always with events, never with story', () => {
    expect(drawsEventCards('auto', EVENT_CARD_LIMIT)).toBe(true);
    expect(drawsEventCards('auto', EVENT_CARD_LIMIT + 1)).toBe(false);
    expect(drawsEventCards('events', 50_000)).toBe(true);
    expect(drawsEventCards('story', 3)).toBe(false);
  });
});
