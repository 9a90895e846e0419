import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import satori from 'satori';
import { renderAsync } from '@resvg/resvg-js';
import type { EventData } from '../../schemas/event.ts';

/** The size of every social card, in pixels (the Open Graph and X/Twitter "large image" size). */
export const OG_IMAGE_SIZE = { width: 1200, height: 630 } as const;

/** What a social card says: a small line above, the headline, and a line at the foot. */
export type OgCard = { kicker: string; title: string; footer: string };

/** A font satori can draw with. */
export type OgFont = { name: string; data: Buffer; weight: 400 | 700; style: 'normal' };

const FONT_FAMILY = 'Source Sans 3';

/** Up to how many published events `socialCards: auto` draws a card per event (about 25 ms each). */
export const EVENT_CARD_LIMIT = 1000;

/** Whether the build draws a card per event, from the story setting and the number of events. */
export function drawsEventCards(setting: 'auto' | 'events' | 'story', eventCount: number): boolean {
  return setting === 'events' || (setting === 'auto' && eventCount <= EVENT_CARD_LIMIT);
}

/** Where an event's card is published, under the edition's home ("og/<id>.png"). */
export const ogImagePath = (id: string) => `og/${id}.png`;
/** Where the story's own card is published, under the edition's home, for pages other than events. */
export const STORY_OG_IMAGE_PATH = 'og/story.png';

/** The card of an event: category and date (as the reader's language writes it), headline, story title. */
export function eventOgCard(event: Pick<EventData, 'title'>, context: { categoryName: string; date: string; storyTitle: string }): OgCard {
  return { kicker: `${context.categoryName} · ${context.date}`, title: event.title, footer: context.storyTitle };
}

/** The story's own card: publisher, story title, the site's host. */
export function storyOgCard(story: { publisher: string; title: string; site: string }): OgCard {
  return { kicker: story.publisher, title: story.title, footer: new URL(story.site).host };
}

/**
 * Source Sans 3 (latin and latin-ext, 400 and 700) from @fontsource, as WOFF: satori reads
 * WOFF but not WOFF2. N.B. Loaded from node_modules, never from the network or the system, so
 * every machine draws the same pixels.
 */
export function loadOgFonts(): OgFont[] {
  const require = createRequire(import.meta.url);
  const file = (subset: string, weight: 400 | 700) =>
    readFileSync(require.resolve(`@fontsource/source-sans-3/files/source-sans-3-${subset}-${weight}-normal.woff`));
  return (['latin', 'latin-ext'] as const).flatMap((subset) =>
    ([400, 700] as const).map((weight) => ({ name: FONT_FAMILY, data: file(subset, weight), weight, style: 'normal' as const })),
  );
}

/** Longer headlines get smaller type so that 140 characters still fit on the card. */
function titleSize(title: string): number {
  if (title.length <= 60) return 68;
  if (title.length <= 100) return 58;
  return 48;
}

type Element = { type: string; props: { style?: Record<string, string | number>; children?: (Element | string)[] | string } };
const box = (style: Record<string, string | number>, children: (Element | string)[] | string): Element => ({
  type: 'div',
  props: { style, children },
});

/** The card's layout as satori elements (a subset of HTML and CSS flexbox). */
export function ogCardElement(card: OgCard): Element {
  return box(
    { width: OG_IMAGE_SIZE.width, height: OG_IMAGE_SIZE.height, display: 'flex', background: '#fdfcfa', fontFamily: FONT_FAMILY },
    [
      box({ width: 24, height: '100%', background: '#a3261b' }, []),
      box(
        { flex: 1, display: 'flex', flexDirection: 'column', justifyContent: 'space-between', padding: '64px 72px 56px', color: '#1b1b1b' },
        [
          box({ display: 'flex', flexDirection: 'column' }, [
            box({ fontSize: 30, fontWeight: 700, color: '#a3261b', letterSpacing: 1, marginBottom: 24 }, card.kicker),
            box({ fontSize: titleSize(card.title), fontWeight: 700, lineHeight: 1.15 }, card.title),
          ]),
          box({ fontSize: 28, color: '#555049', borderTop: '3px solid #d8d3ca', paddingTop: 20 }, card.footer),
        ],
      ),
    ],
  );
}

/** Draws a card as a PNG. Same card and fonts, same bytes: no clock, no system fonts, no network. */
export async function renderOgImage(card: OgCard, fonts: OgFont[]): Promise<Uint8Array<ArrayBuffer>> {
  // N.B. satori's types want a React node; these plain objects are what JSX would have made.
  const svg = await satori(ogCardElement(card) as unknown as Parameters<typeof satori>[0], { ...OG_IMAGE_SIZE, fonts });
  // N.B. renderAsync draws on libuv's thread pool, so cards rendered concurrently (build.concurrency)
  // use every core instead of blocking the build's one JavaScript thread.
  const image = await renderAsync(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } });
  return new Uint8Array(image.asPng());
}
