/**
 * What `npm run import:timelinejs` decides, kept pure: a TimelineJS timeline in, Cronista content
 * files and a review list out. The rules are documented in docs/import-timelinejs.md; every
 * slide is accounted for (written, parked for review, or not written with the reason), and an
 * import that could write no slide at all fails rather than leave an empty site.
 */
import { posix } from 'node:path';
import { parse, stringify } from 'yaml';
import { idSchema } from '../../schemas/common.ts';
import { eventSchema, imageSchema, type EventInput } from '../../schemas/event.ts';
import { categorySchema, phaseSchema, storySchema } from '../../schemas/taxonomy.ts';
import { CONTENT_DIRS, EVENT_ID_PATTERN, STORY_FILE, entryIdOf } from '../content/files.ts';
import { splitEntry } from '../check/frontmatter.ts';
import { foldName } from '../check/suggest.ts';
import { compareCalendarDates, isNotBefore, isTimeZone, parseCalendarDate, type CalendarDate } from '../../schemas/calendar-date.ts';
import { formatEventDate } from '../dates.ts';
import { slugify } from '../scaffold/slug.ts';
import {
  collapse,
  hostOf,
  htmlToText,
  isWebAddress,
  looksLikeAddress,
  readSlideHtml,
  readTimelineJsLabel,
  type HtmlLink,
} from '../timelinejs/html.ts';
import { readTimelineJsFormats, type TimelineJsFormat } from '../timelinejs/legacy.ts';
import { timelineJsOutlineSchema, timelineJsSlideSchema, type TimelineJsSlide } from '../timelinejs/format.ts';
import { datePart, readTimelineJsDate } from './timelinejs-dates.ts';
import { freshId, readEras, type KnownPhase } from './timelinejs-eras.ts';
import { recogniseMedia } from '../../schemas/media-kind.ts';
import { readSlideMedia, type LocationInput, type MediaItemInput, type MediaLinkOrigin } from './timelinejs-media.ts';
import { fitText, shorten } from './fit-text.ts';

export { readTimelineJsDate } from './timelinejs-dates.ts';

/** A file, by its path inside the content folder ("events/2019-02-02-x.md"), and its text. */
export type ImportFile = { path: string; text: string };

/** Choices the data cannot make. */
export type ImportOptions = {
  /** IANA zone of the slides' times; without it (and without a zone in the display date) times are dropped. */
  timezone?: string;
  /** For a new story.yaml: the published site's address. Default https://example.org (flagged). */
  site?: string;
  /** For a new story.yaml: who publishes it. Default "Unknown publisher" (flagged). */
  publisher?: string;
  /** For a new story.yaml: the content's language tag. Default the schema's. */
  language?: string;
  /**
   * Where the imported timeline itself is published. Slides with no link of their own cite it
   * (flagged), so that every slide is published; without it they are parked for review.
   */
  timeline?: { url: string; title?: string; publisher?: string };
  /**
   * The address of the page the timeline was published on, to read media written as paths on that
   * site ("/static/img/x.jpg"). Without it such media are not kept (and listed).
   */
  mediaBase?: string;
};

/** One slide or era that a person should look at, and why. */
export type ReviewItem = {
  /** Which slide: "title slide", "slide 3" (events, counted from 1 in file order) or "era 2". */
  slide: string;
  /** Its headline as read, for finding it. */
  headline: string;
  /** The file written for it, inside the content folder; absent if nothing was written. */
  file?: string;
  notes: string[];
};

/** The outcome of an import. */
export type ImportResult = {
  files: ImportFile[];
  review: ReviewItem[];
  counts: {
    /** Slides read: the title slide (if any) and every event slide. */
    slides: number;
    eras: number;
    /** Events written to events/. */
    written: number;
    /** Events written to .import-review/ (they need a source, or to be told apart from another, before they can be published). */
    parked: number;
    /** Slides and eras that could not be written at all (each is in the review list). */
    notWritten: number;
    phases: number;
    /** Eras written to .import-review/phases/ (they overlap another phase). */
    parkedPhases: number;
    /** Category files created. */
    categories: number;
    /** Slides and eras in the review list. */
    flagged: number;
  };
  /** Whether story.yaml was written from the title slide, or kept because the folder has one. */
  story: 'written' | 'kept';
  /** The format the file was read as: TimelineJS3 JSON, or an older one converted as Knight Lab's converter does. */
  format: TimelineJsFormat;
};

/**
 * Where entries that need a person are parked, inside the content folder. N.B. Its name starts with
 * a dot because the checker reads every other folder there as a language folder; neither it nor the
 * build reads this one.
 */
export const REVIEW_FOLDER = '.import-review';
/** The category of slides without a group. */
export const UNCATEGORIZED = { id: 'uncategorized', name: 'Uncategorized' } as const;

const FOLDER = Object.fromEntries(
  Object.entries(CONTENT_DIRS).map(([name, dir]) => [name, posix.relative(posix.dirname(STORY_FILE), dir)]),
) as Record<keyof typeof CONTENT_DIRS, string>;
const STORY = posix.basename(STORY_FILE);
const DEFAULT_SITE = 'https://example.org';
const DEFAULT_PUBLISHER = 'Unknown publisher';
const TITLE_MAX = 140;
const SUMMARY_MAX = 300;
const APPROXIMATE = /^\s*(around|about|approximately|approx\.|circa|c\.|ca\.|~)\s*/i;
const ZONE_NOTE = /\(([A-Za-z_]+(?:\/[A-Za-z0-9_+ -]+)+) time\)\s*$/;
const GENERIC_LINK_TEXT = /^(here|link|this|source|read more|more|click here|via|report|article|video|photo)$/i;
/** A headline starts as a sentence does: a capital letter, a digit, or a quotation mark. */
const HEADLINE_START = /^[\p{Lu}\p{N}"“‘'«¿¡]/u;
/** Small words a name keeps in lower case ("Museum of Science and Industry"); a headline has other ones too. */
const NAME_WORDS = new Set(['a', 'an', 'and', 'at', 'by', 'de', 'del', 'for', 'in', 'la', 'of', 'on', 'the', 'to', 'y', '&']);
const STATE_TIES = ['owned', 'funded', 'affiliated'] as const;

const yaml = (data: unknown) => stringify(data, { version: '1.1', lineWidth: 0 });

type Source = NonNullable<EventInput['sources']>[number];

/**
 * A source from a link. The link text is its headline only where it is one: in the source list
 * Cronista exports (unless marked untitled), or where it reads as a sentence, not a name (standing
 * apart from running prose, four words or more, starting as a sentence does, with a word in lower
 * case that a name would not have; never in a credit, which names who made the media). Otherwise
 * the source has no title and the page names it by publisher and date; never by the words of its address.
 */
function sourceFromLink(link: HtmlLink, origin: string, notes: string[]): Source {
  const text = link.text;
  const readsAsHeadline =
    !!text &&
    origin !== 'credit' &&
    link.standalone &&
    !looksLikeAddress(text) &&
    !GENERIC_LINK_TEXT.test(text) &&
    text.split(/\s+/).length >= 4 &&
    HEADLINE_START.test(text) &&
    text.split(/\s+/).some((word) => /^\p{Ll}/u.test(word) && !NAME_WORDS.has(word));
  const title = link.cronista ? (link.untitled ? undefined : text || undefined) : readsAsHeadline ? text : undefined;
  if (title && !link.cronista)
    notes.push(`the link text "${title}" is taken as the headline of ${link.href}: check that it is the headline as published`);
  const published = link.published && !('error' in parseCalendarDate(link.published)) ? link.published : undefined;
  const tie = STATE_TIES.find((candidate) => candidate === (link.stateMedia?.tie ?? 'owned'));
  const stateMedia =
    link.stateMedia && /^[A-Z]{2}$/.test(link.stateMedia.country) && tie ? { country: link.stateMedia.country, tie } : undefined;
  return {
    ...(title ? { title: fitText(title, 'a source title', notes) } : {}),
    publisher: link.publisher || hostOf(link.href),
    ...(stateMedia ? { stateMedia } : {}),
    url: link.href,
    ...(published ? { published } : {}),
    ...(link.archived ? { archived: link.archived } : {}),
  };
}

/**
 * What makes two entries the same event for the checker (`references.ts`): the same date and
 * headline, or the same text (when it is longer than a line).
 */
function sameEventKeys(date: string, title: string, body: string): string[] {
  const text = body.trim();
  return [`${date}|${foldName(title)}`, ...(text.length > 80 ? [`${date}|body|${text.replace(/\s+/g, ' ')}`] : [])];
}

/** Existing content the import must fit around. */
type Existing = {
  eventIds: Set<string>;
  /** The checker's same-event keys of the published folder's events, with their files. */
  eventKeys: Map<string, string>;
  categories: Map<string, string>; // id -> name
  phases: KnownPhase[];
  phaseIds: Set<string>;
  hasStory: boolean;
};

function readExisting(files: readonly ImportFile[]): Existing {
  const inFolder = (folder: string) => files.filter((file) => posix.dirname(file.path) === folder);
  const data = (file: ImportFile) => {
    try {
      return parse(file.text, { schema: 'core' }) as unknown;
    } catch {
      return undefined;
    }
  };
  const categories = new Map<string, string>();
  for (const file of inFolder(FOLDER.categories)) {
    const result = categorySchema.safeParse(data(file));
    categories.set(entryIdOf(file.path), result.success ? result.data.name : entryIdOf(file.path));
  }
  const eventKeys = new Map<string, string>();
  for (const file of inFolder(FOLDER.events)) {
    const split = splitEntry(file.text);
    const fields = split.ok ? (data({ path: file.path, text: split.yaml }) as { date?: unknown; title?: unknown } | undefined) : undefined;
    if (split.ok && fields && typeof fields.title === 'string' && fields.date !== undefined)
      for (const key of sameEventKeys(String(fields.date), fields.title, split.body)) eventKeys.set(key, file.path);
  }
  const phases: KnownPhase[] = [];
  for (const file of inFolder(FOLDER.phases)) {
    const result = phaseSchema.safeParse(data(file));
    if (result.success) phases.push({ id: entryIdOf(file.path), start: result.data.start, end: result.data.end });
  }
  return {
    // Parked entries keep their ids too, so a second import never overwrites one.
    eventIds: new Set([...inFolder(FOLDER.events), ...inFolder(REVIEW_FOLDER)].map((file) => entryIdOf(file.path))),
    eventKeys,
    categories,
    phases,
    phaseIds: new Set([...inFolder(FOLDER.phases), ...inFolder(`${REVIEW_FOLDER}/${FOLDER.phases}`)].map((file) => entryIdOf(file.path))),
    hasStory: files.some((file) => file.path === STORY),
  };
}

/** Why nothing could be written, slide by slide, for the error that ends such an import. */
function nothingWritten(review: readonly ReviewItem[], slides: number): string {
  const reasons = review
    .filter((item) => item.slide.startsWith('slide ') && item.notes[0]?.startsWith('not written: '))
    .map(
      (item) =>
        `  ${item.slide}${item.headline ? ` “${shorten(item.headline, 60)}”` : ''}: ${item.notes[0]!.slice('not written: '.length)}`,
    );
  const shown = reasons.length > 12 ? [...reasons.slice(0, 12), `  … and ${reasons.length - 12} more`] : reasons;
  const years = reasons.some((reason) => reason.includes('Cronista writes years 0000–9999'));
  return [
    `No slide could be written, so nothing was written (${slides === 0 ? 'the file has no slides' : `${slides} ${slides === 1 ? 'slide' : 'slides'} read`}).`,
    ...shown,
    ...(years
      ? [
          'Cronista dates events by calendar year, 0000 to 9999: a timeline of years before 0 (such as TimelineJS\u2019s cosmological scale) cannot be imported.',
        ]
      : []),
  ].join('\n');
}

/** Converts a TimelineJS timeline (parsed JSON) into Cronista content, fitting around `existing` files of the content folder. */
export function importTimelineJs(input: unknown, existingFiles: readonly ImportFile[], options: ImportOptions = {}): ImportResult {
  const { data: timeline, format } = readTimelineJsFormats(input);
  const outline = timelineJsOutlineSchema.safeParse(timeline);
  if (!outline.success) throw new Error(`The file ${outline.error.issues[0]?.message ?? 'is not a TimelineJS3 timeline'}`);
  if (options.timezone !== undefined && !isTimeZone(options.timezone))
    throw new Error(`--timezone "${options.timezone}" is not an IANA time zone (expected a name like "America/Caracas")`);
  if (options.mediaBase !== undefined && !isWebAddress(options.mediaBase))
    throw new Error(
      `--media-base "${options.mediaBase}" is not a web address (expected the address of the page the timeline was published on, like https://timeline.knightlab.com/examples/houston/)`,
    );

  const existing = readExisting(existingFiles);
  const files: ImportFile[] = [];
  const review: ReviewItem[] = [];
  const counts: ImportResult['counts'] = {
    slides: 0,
    eras: 0,
    written: 0,
    parked: 0,
    notWritten: 0,
    phases: 0,
    parkedPhases: 0,
    categories: 0,
    flagged: 0,
  };
  const flag = (item: ReviewItem) => {
    if (item.notes.length > 0) review.push(item);
  };

  // Categories: existing ones are matched by id, then by name; new ones are created as needed.
  const categoryByName = new Map([...existing.categories].map(([id, name]) => [name.toLowerCase(), id]));
  const categoryIds = new Set(existing.categories.keys());
  const newCategories = new Map<string, string>(); // id -> name
  const categoryFor = (group: string, hintedId: string | undefined): { id: string; note?: string } => {
    if (hintedId && idSchema.safeParse(hintedId).success) {
      if (!categoryIds.has(hintedId)) {
        categoryIds.add(hintedId);
        newCategories.set(hintedId, group || hintedId);
      }
      return { id: hintedId };
    }
    if (!group) {
      if (!categoryIds.has(UNCATEGORIZED.id)) {
        categoryIds.add(UNCATEGORIZED.id);
        newCategories.set(UNCATEGORIZED.id, UNCATEGORIZED.name);
      }
      return { id: UNCATEGORIZED.id, note: `no group: filed under "${UNCATEGORIZED.id}"; pick a category` };
    }
    const known = categoryByName.get(group.toLowerCase());
    if (known) return { id: known };
    const id = slugify(group) || UNCATEGORIZED.id;
    if (!categoryIds.has(id)) {
      categoryIds.add(id);
      newCategories.set(id, group);
    }
    categoryByName.set(group.toLowerCase(), id);
    return { id };
  };

  // The title slide: the story settings.
  const titleSlide =
    outline.data.title === undefined || outline.data.title === null ? undefined : timelineJsSlideSchema.safeParse(outline.data.title);
  if (titleSlide) counts.slides += 1;
  {
    const notes: string[] = [];
    const slide = titleSlide?.success ? titleSlide.data : undefined;
    if (titleSlide && !titleSlide.success) notes.push('is not a slide object; not read');
    const headline = htmlToText(slide?.text?.headline);
    const text = readSlideHtml(slide?.text?.text);
    notes.push(...text.removed);
    if (text.links.length > 0)
      notes.push(
        `its links are not kept (the story settings are plain text): ${text.links.map((link) => `"${link.text}" ${link.href}`).join(', ')}`,
      );
    const mediaCaption = htmlToText(slide?.media?.caption);
    const mediaCredit = htmlToText(slide?.media?.credit);
    if (slide?.media?.url || mediaCaption || mediaCredit)
      notes.push(
        `the title slide’s media is not kept (Cronista’s home page has no picture): ${[
          slide?.media?.url ? shorten(slide.media.url, 80) : '',
          mediaCaption ? `caption "${mediaCaption}"` : '',
          mediaCredit ? `credit "${mediaCredit}"` : '',
        ]
          .filter(Boolean)
          .join('; ')}`,
      );
    const [dek, ...rest] = text.paragraphs;
    if (existing.hasStory) {
      if (slide) {
        notes.push(
          `story.yaml exists and was not changed; the title slide reads: title "${headline}"${dek ? `, text "${shorten(text.paragraphs.join(' '), 200)}"` : ''}`,
        );
      }
    } else {
      const title = fitText(headline || 'Imported timeline', 'the headline', notes);
      if (!headline) notes.push(`no ${slide ? 'headline on the title slide' : 'title slide'}: story title set to "${title}"`);
      if (!dek) notes.push('no text on the title slide: the story’s dek and introduction repeat its title');
      if (!options.site) notes.push(`site set to ${DEFAULT_SITE}: set the published address in ${STORY}`);
      if (!options.publisher) notes.push(`publisher set to "${DEFAULT_PUBLISHER}": set it in ${STORY}`);
      const settings = {
        title,
        dek: fitText(dek ?? title, 'the first paragraph', notes),
        introduction: `${(rest.length > 0 ? rest : [dek ?? title]).join('\n\n')}\n`,
        ...(options.language ? { language: options.language } : {}),
        site: options.site ?? DEFAULT_SITE,
        publisher: options.publisher ?? DEFAULT_PUBLISHER,
      };
      const checked = storySchema.safeParse(settings);
      if (!checked.success)
        throw new Error(
          `The story settings would be invalid: ${checked.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`).join('; ')}`,
        );
      files.push({
        path: STORY,
        text: `# Story settings, from the TimelineJS title slide. Fields: see CONTRIBUTING.md.\n${yaml(settings)}`,
      });
    }
    flag({ slide: 'title slide', headline, ...(existing.hasStory ? {} : { file: STORY }), notes });
  }

  // Eras: phases that do not overlap (Cronista files each event under one phase); the rest parked.
  const eras = outline.data.eras ?? [];
  counts.eras = eras.length;
  for (const outcome of readEras(eras, existing.phases, new Set(existing.phaseIds))) {
    if (!outcome.phase) {
      counts.notWritten += 1;
      flag({ slide: outcome.slide, headline: outcome.headline, notes: outcome.notes });
      continue;
    }
    const file = `${outcome.phase.parked ? `${REVIEW_FOLDER}/` : ''}${FOLDER.phases}/${outcome.phase.id}.yaml`;
    files.push({ path: file, text: yaml(outcome.phase.data) });
    if (outcome.phase.parked) counts.parkedPhases += 1;
    else counts.phases += 1;
    flag({ slide: outcome.slide, headline: outcome.headline, file, notes: outcome.notes });
  }

  // Event slides.
  /** The hosts of the web photos kept: the story must allow them (imageHosts). */
  const imageHosts = new Set<string>();
  const eventIds = new Set(existing.eventIds);
  const eventKeys = new Map(existing.eventKeys);
  outline.data.events.forEach((raw, index) => {
    counts.slides += 1;
    const label = `slide ${index + 1}`;
    const parsed = timelineJsSlideSchema.safeParse(raw);
    if (!parsed.success) {
      counts.notWritten += 1;
      flag({ slide: label, headline: '', notes: ['not written: is not a slide object (expected { start_date, text, … })'] });
      return;
    }
    const written = eventFromSlide(parsed.data, options, categoryFor);
    if ('error' in written) {
      counts.notWritten += 1;
      flag({ slide: label, headline: written.headline, notes: [`not written: ${written.error}`, ...written.notes] });
      return;
    }
    const { frontmatter, body, notes, uniqueId, headline } = written;
    const datePart = frontmatter.date.slice(0, 10);
    const keepsId = uniqueId !== undefined && EVENT_ID_PATTERN.exec(uniqueId)?.[1] === datePart;
    const wanted = keepsId ? uniqueId : `${datePart}-${slugify(frontmatter.title) || 'event'}`;
    const id = freshId(wanted, eventIds);
    if (id !== wanted) {
      notes.push(
        existing.eventIds.has(wanted)
          ? `an entry "${wanted}" already exists: written as "${id}"; check it is not the same event`
          : `another slide has the same date and headline: written as "${id}"`,
      );
    }
    // N.B. The checker refuses one event written twice; the second of two alike waits for a person.
    const keys = sameEventKeys(frontmatter.date, frontmatter.title, body);
    const twin = keys.map((key) => eventKeys.get(key)).find(Boolean);
    const unsourced = frontmatter.sources.length === 0;
    const parked = unsourced || twin !== undefined;
    const folder = parked ? REVIEW_FOLDER : FOLDER.events;
    if (unsourced)
      notes.push(
        `no source: written to ${REVIEW_FOLDER}/ as a draft; add a source with publisher and url (and its headline, if seen), then move it to ${FOLDER.events}/`,
      );
    else if (twin)
      notes.push(
        `the same event as ${twin} (${keys.findIndex((key) => eventKeys.get(key) === twin) === 0 ? 'same date and headline' : 'same text'}): written to ${REVIEW_FOLDER}/ as a draft; merge the two, or tell them apart, then move it to ${FOLDER.events}/`,
      );
    else for (const key of keys) eventKeys.set(key, `${folder}/${id}.md`);
    const data = parked ? { ...frontmatter, draft: true } : frontmatter;
    if (!parked) {
      const check = eventSchema.safeParse(data);
      if (!check.success)
        throw new Error(
          `Slide ${index + 1} would be written invalid (${check.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}); please report this bug`,
        );
    }
    const file = `${folder}/${id}.md`;
    if (!parked) for (const host of photoHosts(data)) imageHosts.add(host);
    files.push({ path: file, text: `---\n${yaml(data)}---\n\n${body}\n` });
    if (parked) counts.parked += 1;
    else counts.written += 1;
    flag({ slide: label, headline, file, notes });
  });

  // N.B. An import that writes no event would build an empty site: fail, and write nothing at all.
  if (counts.written + counts.parked === 0) throw new Error(nothingWritten(review, outline.data.events.length));

  // Web photos are published only from hosts the story allows: a new story.yaml allows the ones kept.
  if (imageHosts.size > 0) {
    const hosts = [...imageHosts].sort();
    const story = files.find((file) => file.path === STORY);
    if (story) story.text = `${story.text.trimEnd()}\n${yaml({ imageHosts: hosts })}`;
    else {
      const note = `photos are kept from ${hosts.join(', ')}: add ${hosts.length === 1 ? 'it' : 'them'} to imageHosts in ${STORY} (it was not changed), or the checker refuses them`;
      const titleSlide = review.find((item) => item.slide === 'title slide');
      if (titleSlide) titleSlide.notes.push(note);
      else review.unshift({ slide: 'title slide', headline: '', notes: [note] });
    }
  }

  for (const [id, name] of newCategories) {
    files.push({
      path: `${FOLDER.categories}/${id}.yaml`,
      text: yaml({ name, description: `Events filed under “${name}” in the imported timeline.` }),
    });
    counts.categories += 1;
  }
  counts.flagged = review.length;
  const position = (item: ReviewItem) => {
    const [kind, number] = item.slide.split(' ');
    return (kind === 'title' ? 0 : kind === 'era' ? 1 : 2) * 1e6 + Number(number ?? 0);
  };
  review.sort((a, b) => position(a) - position(b));
  return { files, review, counts, story: existing.hasStory ? 'kept' : 'written', format };
}

/** The hosts of an event's web photos (its lead image and its image media). */
function photoHosts(data: { image?: { src: string }; media?: MediaItemInput[] }): string[] {
  const urls = [data.image?.src, ...(data.media ?? []).filter((item) => recogniseMedia(item.url).kind === 'image').map((item) => item.url)];
  return urls.flatMap((url) => (url && /^https:\/\//.test(url) ? [new URL(url).hostname] : []));
}

type Frontmatter = {
  title: string;
  summary: string;
  date: string;
  timezone?: string;
  endDate?: string;
  approximate?: true;
  category: string;
  sources: Source[];
  image?: { src: string; alt: string; credit: string; caption?: string };
  media?: MediaItemInput[];
  location?: LocationInput;
};

const ORIGIN_WORDS: Record<MediaLinkOrigin, string> = {
  caption: 'caption',
  credit: 'credit',
  'media link': 'link',
  quotation: 'quotation',
};

/** One event slide as an event's frontmatter and body, with notes on everything not kept as it was. */
function eventFromSlide(
  slide: TimelineJsSlide,
  options: ImportOptions,
  categoryFor: (group: string, hintedId: string | undefined) => { id: string; note?: string },
):
  | { frontmatter: Frontmatter; body: string; notes: string[]; uniqueId?: string; headline: string }
  | { error: string; notes: string[]; headline: string } {
  const notes: string[] = [];
  const headline = htmlToText(slide.text?.headline);
  const text = readSlideHtml(slide.text?.text);
  notes.push(...text.removed, ...text.rewritten);
  if (typeof slide.legacy_tags === 'string')
    notes.push(`TimelineJS2 tags "${slide.legacy_tags}" not kept (TimelineJS3 has no tags; the slide's category is its group)`);

  // Dates: the zone comes from Cronista's own display date "(America/Caracas time)", else --timezone.
  const displayDate = readTimelineJsLabel(slide.display_date || slide.start_date?.display_date || '');
  const zoneInDisplay = ZONE_NOTE.exec(displayDate)?.[1]?.replaceAll(' ', '_');
  const timezone = zoneInDisplay && isTimeZone(zoneInDisplay) ? zoneInDisplay : options.timezone;
  const start = readTimelineJsDate(slide.start_date, timezone);
  if ('error' in start) return { error: `start_date ${start.error}`, notes, headline };
  notes.push(...start.notes);
  const date = start.date;
  let endDate: CalendarDate | undefined;
  if (slide.end_date && datePart(slide.end_date.year) !== undefined) {
    const end = readTimelineJsDate(slide.end_date, date.precision === 'minute' ? timezone : undefined);
    if ('error' in end) notes.push(`end_date ${end.error}; dropped`);
    else if (end.date.iso === date.iso) {
      // The same date twice means no end; TimelineJS drops it too.
    } else if (!isNotBefore(end.date, date) || compareCalendarDates(end.date, date) === 0) {
      notes.push(`end date ${end.date.iso} is not after the date ${date.iso}; dropped`);
    } else {
      notes.push(...end.notes);
      endDate = end.date;
    }
  }
  const approximate = APPROXIMATE.test(displayDate);
  const kept =
    displayDate === '' ||
    approximate ||
    zoneInDisplay !== undefined ||
    displayDate === formatEventDate({ date, endDate, approximate, timezone }, options.language ?? 'en-GB');
  if (!kept)
    notes.push(
      `display date "${displayDate}" not kept (Cronista shows the date as written: ${date.iso}${endDate ? ` to ${endDate.iso}` : ''})`,
    );

  // Media and location; Cronista's own export lists every medium in its text, and may mark the lead picture.
  const media = readSlideMedia(slide.media, slide.location, options, text.media ?? (text.leadPicture ? [] : undefined));
  notes.push(...media.notes);
  let image: Frontmatter['image'];
  if (text.leadPicture && slide.media?.url) {
    const candidate = {
      src: slide.media.url.trim(),
      alt: collapse(slide.media.alt ?? ''),
      credit: htmlToText(slide.media.credit),
      ...(htmlToText(slide.media.caption) ? { caption: htmlToText(slide.media.caption) } : {}),
    };
    if (imageSchema.safeParse(candidate).success) image = candidate;
    else notes.push(`the lead picture ${candidate.src} is not kept: it needs an https address, alt text and a credit`);
  }

  // Sources: every web link the slide's text shows, in order, each address once; then the media's.
  const sources: Source[] = [];
  const origins = new Set<string>();
  const addSource = (link: HtmlLink, origin: string) => {
    if (sources.some((known) => known.url === link.href)) return;
    sources.push(sourceFromLink(link, origin, notes));
    origins.add(origin);
  };
  for (const link of text.links) addSource(link, 'text');
  for (const { link, origin } of media.links) addSource(link, ORIGIN_WORDS[origin]);
  if (sources.length > 0 && !origins.has('text'))
    notes.push(
      `the only ${sources.length === 1 ? 'source is a link' : 'sources are links'} from the media's ${[...origins].join(' and ')} (${sources.map((source) => source.url).join(', ')}): check that ${sources.length === 1 ? 'it supports' : 'they support'} the entry`,
    );
  if (sources.length === 0 && options.timeline && isWebAddress(options.timeline.url)) {
    const { url, title: timelineTitle, publisher } = options.timeline;
    sources.push({
      ...(timelineTitle ? { title: timelineTitle } : {}),
      publisher: publisher || hostOf(url),
      url: url.trim(),
    });
    notes.push('no link of its own: cites the original timeline (--timeline-url); check the claim against it');
  }

  // Title, summary and body.
  const mediaParagraphs = media.quote?.paragraphs ?? [];
  const firstParagraph = text.paragraphs[0] ?? mediaParagraphs[0] ?? '';
  let title = headline;
  if (!title) {
    title =
      shorten((firstParagraph.split(/(?<=[.!?])\s/)[0] ?? '').replace(/\.$/, ''), TITLE_MAX) ||
      `Event of ${formatEventDate({ date, endDate, approximate, timezone }, 'en-GB')}`;
    notes.push(`no headline: titled "${title}"`);
  } else if (title.length > TITLE_MAX) {
    title = shorten(title, TITLE_MAX);
    notes.push(`headline longer than ${TITLE_MAX} characters: shortened to "${title}"`);
  }
  title = fitText(title, 'the headline', notes);
  let summary = shorten(firstParagraph, SUMMARY_MAX);
  if (!firstParagraph) {
    summary = title;
    notes.push('no text: the summary repeats the headline; write one or two sentences');
  } else if (summary !== firstParagraph) {
    notes.push(`first paragraph longer than ${SUMMARY_MAX} characters: the summary is shortened; check it`);
  }
  summary = fitText(summary, 'the first paragraph', notes);
  const body = [text.markdown, media.quote?.markdown].filter(Boolean).join('\n\n') || summary;

  const category = categoryFor(readTimelineJsLabel(slide.group ?? ''), text.categoryId);
  if (category.note) notes.push(category.note);
  const uniqueId = slide.unique_id === undefined || slide.unique_id === null ? undefined : String(slide.unique_id);

  return {
    headline,
    uniqueId,
    notes,
    body,
    frontmatter: {
      title,
      summary,
      date: date.iso,
      ...(date.precision === 'minute' && timezone ? { timezone } : {}),
      ...(endDate ? { endDate: endDate.iso } : {}),
      ...(approximate ? { approximate: true as const } : {}),
      category: category.id,
      sources,
      ...(image ? { image } : {}),
      ...(media.items.length > 0 ? { media: media.items } : {}),
      ...(media.location ? { location: media.location } : {}),
    },
  };
}
