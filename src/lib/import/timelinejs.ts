/**
 * What `npm run import:timelinejs` decides, kept pure: a TimelineJS3 timeline in, Cronista content
 * files and a review list out. The rules are documented in docs/import-timelinejs.md; every
 * slide is accounted for (written, parked for review, or not written with the reason).
 */
import { posix } from 'node:path';
import { parse, stringify } from 'yaml';
import { idSchema } from '../../schemas/common.ts';
import { eventSchema, type EventInput } from '../../schemas/event.ts';
import { categorySchema, phaseSchema, storySchema } from '../../schemas/taxonomy.ts';
import { CONTENT_DIRS, EVENT_ID_PATTERN, STORY_FILE, entryIdOf } from '../content/files.ts';
import { compareCalendarDates, isNotBefore, isTimeZone, parseCalendarDate, type CalendarDate } from '../../schemas/calendar-date.ts';
import { formatCalendarDate, formatEventDate } from '../dates.ts';
import { slugify } from '../scaffold/slug.ts';
import { collapse, htmlToText, isWebAddress, readSlideHtml, type HtmlLink } from '../timelinejs/html.ts';
import {
  timelineJsEraSchema,
  timelineJsOutlineSchema,
  timelineJsSlideSchema,
  type TimelineJsDate,
  type TimelineJsMedia,
  type TimelineJsSlide,
} from '../timelinejs/format.ts';

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
   * Where the imported timeline itself is published. Slides with no link or media of their own
   * cite it (flagged), so that every slide is published; without it they are parked for review.
   */
  timeline?: { url: string; title?: string; publisher?: string };
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
    /** Events written to import-review/ (they need a source before they can be published). */
    parked: number;
    /** Slides and eras that could not be written at all (each is in the review list). */
    notWritten: number;
    phases: number;
    /** Category files created. */
    categories: number;
    /** Slides and eras in the review list. */
    flagged: number;
  };
  /** Whether story.yaml was written from the title slide, or kept because the folder has one. */
  story: 'written' | 'kept';
};

/** Where events that need a source are parked; neither the checker nor the build reads this folder. */
export const REVIEW_FOLDER = 'import-review';
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
const IMAGE_FILE = /\.(jpe?g|png|gif|webp|avif|svg)(\?.*)?$/i;
const APPROXIMATE = /^\s*(around|about|approximately|approx\.|circa|c\.|ca\.|~)\s*/i;
const ZONE_NOTE = /\(([A-Za-z_]+(?:\/[A-Za-z0-9_+ -]+)+) time\)\s*$/;
const GENERIC_LINK_TEXT = /^(here|link|this|source|read more|more|click here|via)$/i;

const yaml = (data: unknown) => stringify(data, { version: '1.1', lineWidth: 0 });

/** Cuts text to `max` characters: at the last sentence end if one is far enough in, else at a word, with "…". */
function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max);
  const sentenceEnd = Math.max(head.lastIndexOf('. '), head.lastIndexOf('! '), head.lastIndexOf('? '));
  if (sentenceEnd > max / 2) return head.slice(0, sentenceEnd + 1);
  const cut = head.slice(0, max - 1);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : cut.length).replace(/[\s,;:]+$/, '')}…`;
}

/** A date part as an integer: "1,999", " 02 " and 2 are read; "", null and absent are not written. */
function part(value: unknown): number | undefined | 'invalid' {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number') return Number.isInteger(value) ? value : 'invalid';
  const text = String(value).replace(/[\s,]+/g, '');
  if (text === '') return undefined;
  return /^-?\d+$/.test(text) ? Number(text) : 'invalid';
}

const pad = (value: number) => String(value).padStart(2, '0');

/**
 * Reads a TimelineJS date at the precision it was written. Parts that cannot be kept lower the
 * precision (never invent one) and say so; a year Cronista cannot write is an error.
 */
export function readTimelineJsDate(
  date: TimelineJsDate | null | undefined,
  timezone: string | undefined,
): { date: CalendarDate; notes: string[] } | { error: string } {
  const year = part(date?.year);
  if (year === undefined) return { error: 'has no year (expected a start_date with at least a year)' };
  if (year === 'invalid' || year < 0 || year > 9999)
    return { error: `has the year "${String(date?.year)}" (Cronista writes years 0000–9999)` };
  const notes: string[] = [];
  let iso = String(year).padStart(4, '0');
  const [month, day, hour, minute, second] = [date?.month, date?.day, date?.hour, date?.minute, date?.second].map(part);
  if (month !== undefined) {
    if (month === 'invalid' || month < 1 || month > 12) notes.push(`month "${String(date?.month)}" is not a month; written as ${iso}`);
    else iso += `-${pad(month)}`;
  }
  if (day !== undefined && iso.length === 7) {
    const withDay = `${iso}-${pad(day === 'invalid' ? 0 : day)}`;
    if (day === 'invalid' || 'error' in parseCalendarDate(withDay))
      notes.push(`day "${String(date?.day)}" is not a day of ${iso}; written as ${iso}`);
    else iso = withDay;
  } else if (day !== undefined) notes.push(`day "${String(date?.day)}" without a month was dropped`);
  if (hour !== undefined && iso.length === 10) {
    const time = `${pad(Number(hour))}:${minute === undefined ? '??' : pad(Number(minute))}`;
    if (hour === 'invalid' || minute === 'invalid' || minute === undefined) {
      notes.push(`time ${time} dropped (Cronista writes times to the minute)`);
    } else if (!timezone) {
      notes.push(`time ${time} dropped: no time zone (give --timezone, or add the time and a timezone by hand)`);
    } else if ('error' in parseCalendarDate(`${iso}T${time}`)) {
      notes.push(`time ${time} is not a time of day; dropped`);
    } else {
      iso += `T${time}`;
      if (typeof second === 'number' && second !== 0) notes.push(`seconds dropped from ${time}:${pad(second)}`);
    }
  }
  const parsed = parseCalendarDate(iso);
  return 'error' in parsed ? { error: parsed.error } : { date: parsed, notes };
}

/** A source's title when its link text says nothing: the address's words, marked "(slug)" as the about page explains. */
function slugTitle(href: string): string {
  const url = new URL(href);
  const last = url.pathname.split('/').filter(Boolean).at(-1);
  const words = last ? decodeURIComponent(last).replace(/\.[a-z0-9]+$/i, '') : url.hostname.replace(/^www\./, '');
  return `${words} (slug)`;
}

const publisherOf = (href: string) => new URL(href).hostname.replace(/^www\./, '');

type Source = NonNullable<EventInput['sources']>[number];

/** A source from a link: the link text as title, `data-publisher` or the host as publisher. */
function sourceFromLink(link: HtmlLink): Source {
  const text = link.text;
  const title = !text || isWebAddress(text) || GENERIC_LINK_TEXT.test(text) ? slugTitle(link.href) : text;
  const published = link.published && !('error' in parseCalendarDate(link.published)) ? link.published : undefined;
  return {
    title,
    publisher: link.publisher || publisherOf(link.href),
    url: link.href,
    ...(published ? { published } : {}),
    ...(link.archived ? { archived: link.archived } : {}),
  };
}

/** Existing content the import must fit around. */
type Existing = {
  eventIds: Set<string>;
  categories: Map<string, string>; // id -> name
  phases: { id: string; start: CalendarDate; end: CalendarDate }[];
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
  const phases: Existing['phases'] = [];
  for (const file of inFolder(FOLDER.phases)) {
    const result = phaseSchema.safeParse(data(file));
    if (result.success) phases.push({ id: entryIdOf(file.path), start: result.data.start, end: result.data.end });
  }
  return {
    // Parked entries keep their ids too, so a second import never overwrites one.
    eventIds: new Set([...inFolder(FOLDER.events), ...inFolder(REVIEW_FOLDER)].map((file) => entryIdOf(file.path))),
    categories,
    phases,
    phaseIds: new Set(inFolder(FOLDER.phases).map((file) => entryIdOf(file.path))),
    hasStory: files.some((file) => file.path === STORY),
  };
}

/** Whether two periods share a day, by the checker's rule (one must start after the other ends). */
function overlaps(a: { start: CalendarDate; end: CalendarDate }, b: { start: CalendarDate; end: CalendarDate }): boolean {
  const [first, second] = compareCalendarDates(a.start, b.start) <= 0 ? [a, b] : [b, a];
  return !isNotBefore(second.start, first.end) || compareCalendarDates(second.start, first.end) === 0;
}

/** A fresh id: `wanted`, or `wanted-2`, `wanted-3`… if taken. */
function freshId(wanted: string, taken: Set<string>): string {
  let id = wanted;
  for (let n = 2; taken.has(id); n++) id = `${wanted}-${n}`;
  taken.add(id);
  return id;
}

/** Converts a TimelineJS3 timeline (parsed JSON) into Cronista content, fitting around `existing` files of the content folder. */
export function importTimelineJs(input: unknown, existingFiles: readonly ImportFile[], options: ImportOptions = {}): ImportResult {
  const outline = timelineJsOutlineSchema.safeParse(input);
  if (!outline.success) throw new Error(`The file ${outline.error.issues[0]?.message ?? 'is not a TimelineJS3 timeline'}`);
  if (options.timezone !== undefined && !isTimeZone(options.timezone))
    throw new Error(`--timezone "${options.timezone}" is not an IANA time zone (expected a name like "America/Caracas")`);

  const existing = readExisting(existingFiles);
  const files: ImportFile[] = [];
  const review: ReviewItem[] = [];
  const counts: ImportResult['counts'] = { slides: 0, eras: 0, written: 0, parked: 0, notWritten: 0, phases: 0, categories: 0, flagged: 0 };
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
    if (slide?.media?.url)
      notes.push(`the title slide’s media (${shorten(slide.media.url, 80)}) is not kept: Cronista’s home page has no picture`);
    const [dek, ...rest] = text.paragraphs;
    if (existing.hasStory) {
      if (slide) {
        notes.push(
          `story.yaml exists and was not changed; the title slide reads: title "${headline}"${dek ? `, text "${shorten(text.paragraphs.join(' '), 200)}"` : ''}`,
        );
      }
    } else {
      const title = headline || 'Imported timeline';
      if (!headline) notes.push(`no ${slide ? 'headline on the title slide' : 'title slide'}: story title set to "${title}"`);
      if (!dek) notes.push('no text on the title slide: the story’s dek and introduction repeat its title');
      if (!options.site) notes.push(`site set to ${DEFAULT_SITE}: set the published address in ${STORY}`);
      if (!options.publisher) notes.push(`publisher set to "${DEFAULT_PUBLISHER}": set it in ${STORY}`);
      const settings = {
        title,
        dek: dek ?? title,
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

  // Eras: phases, as long as they do not overlap (Cronista files each event under one phase).
  const accepted = [...existing.phases];
  const phaseIds = new Set(existing.phaseIds);
  const eras = (outline.data.eras ?? []).map((raw, index) => ({ raw, index }));
  counts.eras = eras.length;
  const readEras = eras.map(({ raw, index }) => {
    const era = timelineJsEraSchema.safeParse(raw);
    const slide = `era ${index + 1}`;
    if (!era.success) return { slide, headline: '', error: 'is not an era object' };
    const headline = htmlToText(era.data.text?.headline);
    const start = readTimelineJsDate(era.data.start_date, undefined);
    const end = readTimelineJsDate(era.data.end_date, undefined);
    if ('error' in start) return { slide, headline, error: `start_date ${start.error}` };
    if ('error' in end) return { slide, headline, error: `end_date ${end.error}` };
    return { slide, headline, era: era.data, start, end };
  });
  // Earlier eras first, so that of two overlapping eras the earlier one becomes the phase.
  const byStart = (item: (typeof readEras)[number]) => ('start' in item && item.start ? item.start.date : undefined);
  const eraOrder = [
    ...readEras.filter((item) => !byStart(item)),
    ...readEras.filter(byStart).toSorted((a, b) => compareCalendarDates(byStart(a)!, byStart(b)!)),
  ];
  for (const item of eraOrder) {
    if (!('era' in item) || !item.era || !item.start || !item.end) {
      counts.notWritten += 1;
      flag({ slide: item.slide, headline: item.headline, notes: [`not written: ${'error' in item ? item.error : 'unreadable'}`] });
      continue;
    }
    const notes = [...item.start.notes, ...item.end.notes];
    const period = { start: item.start.date, end: item.end.date };
    if (!isNotBefore(period.end, period.start)) {
      counts.notWritten += 1;
      flag({
        slide: item.slide,
        headline: item.headline,
        notes: [`not written: ends (${period.end.iso}) before it starts (${period.start.iso})`],
      });
      continue;
    }
    const clash = accepted.find((phase) => overlaps(phase, period));
    if (clash) {
      counts.notWritten += 1;
      flag({
        slide: item.slide,
        headline: item.headline,
        notes: [`not written: overlaps the phase "${clash.id}" (${clash.start.iso} to ${clash.end.iso}); Cronista phases do not overlap`],
      });
      continue;
    }
    const uniqueId = item.era.unique_id === undefined || item.era.unique_id === null ? '' : String(item.era.unique_id);
    const id = freshId(
      idSchema.safeParse(uniqueId).success ? uniqueId : slugify(item.headline) || `period-${item.slide.split(' ')[1]}`,
      phaseIds,
    );
    const title = item.headline || `Period ${item.slide.split(' ')[1]}`;
    if (!item.headline) notes.push(`no headline: titled "${title}"`);
    const summaryText = readSlideHtml(item.era.text?.text).paragraphs.join(' ');
    const summary = summaryText || `From ${formatCalendarDate(period.start, 'en-GB')} to ${formatCalendarDate(period.end, 'en-GB')}.`;
    if (!summaryText) notes.push(`no text: summary set to "${summary}"`);
    accepted.push({ id, ...period });
    const file = `${FOLDER.phases}/${id}.yaml`;
    files.push({ path: file, text: yaml({ title, start: period.start.iso, end: period.end.iso, summary }) });
    counts.phases += 1;
    flag({ slide: item.slide, headline: item.headline, file, notes });
  }

  // Event slides.
  const eventIds = new Set(existing.eventIds);
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
    const parked = frontmatter.sources.length === 0;
    const folder = parked ? REVIEW_FOLDER : FOLDER.events;
    if (parked)
      notes.push(
        `no source: written to ${REVIEW_FOLDER}/ as a draft; add a source with title, publisher and url, then move it to ${FOLDER.events}/`,
      );
    const data = parked ? { ...frontmatter, draft: true } : frontmatter;
    if (!parked) {
      const check = eventSchema.safeParse(data);
      if (!check.success)
        throw new Error(
          `Slide ${index + 1} would be written invalid (${check.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}); please report this bug`,
        );
    }
    const file = `${folder}/${id}.md`;
    files.push({ path: file, text: `---\n${yaml(data)}---\n\n${body}\n` });
    if (parked) counts.parked += 1;
    else counts.written += 1;
    flag({ slide: label, headline, file, notes });
  });

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
  return { files, review, counts, story: existing.hasStory ? 'kept' : 'written' };
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
  image?: { src: string; alt: string; credit: string };
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
  notes.push(...text.removed);

  // Dates: the zone comes from Cronista's own display date "(America/Caracas time)", else --timezone.
  const displayDate = collapse(slide.display_date || slide.start_date?.display_date || '');
  const zoneInDisplay = ZONE_NOTE.exec(displayDate)?.[1]?.replaceAll(' ', '_');
  const timezone = zoneInDisplay && isTimeZone(zoneInDisplay) ? zoneInDisplay : options.timezone;
  const start = readTimelineJsDate(slide.start_date, timezone);
  if ('error' in start) return { error: `start_date ${start.error}`, notes, headline };
  notes.push(...start.notes);
  const date = start.date;
  let endDate: CalendarDate | undefined;
  if (slide.end_date && part(slide.end_date.year) !== undefined) {
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

  // Sources: every web link the slide shows, in order, each address once.
  const media: TimelineJsMedia = slide.media ?? {};
  const caption = readSlideHtml(media.caption);
  const credit = readSlideHtml(media.credit);
  notes.push(...caption.removed, ...credit.removed);
  const sources: Source[] = [];
  const addSource = (source: Source) => {
    if (!sources.some((known) => known.url === source.url)) sources.push(source);
  };
  for (const link of [...text.links, ...caption.links, ...credit.links]) addSource(sourceFromLink(link));
  if (isWebAddress(media.link))
    addSource(sourceFromLink({ href: media.link.trim(), text: htmlToText(media.title) || caption.paragraphs.join(' ') }));

  // Media: an image with alt text and credit becomes the picture; anything else becomes a link.
  let image: Frontmatter['image'];
  let mediaMarkdown = '';
  let mediaParagraphs: string[] = [];
  const mediaUrl = media.url?.trim() ?? '';
  const mediaSource = () =>
    sourceFromLink({
      href: mediaUrl,
      text: htmlToText(media.title) || caption.paragraphs.join(' '),
      publisher: credit.paragraphs.join(' ') || undefined,
    });
  if (isWebAddress(mediaUrl) && IMAGE_FILE.test(new URL(mediaUrl).pathname)) {
    const alt = collapse(media.alt ?? '') || caption.paragraphs.join(' ');
    const creditText = credit.paragraphs.join(' ');
    if (mediaUrl.startsWith('https://') && alt && creditText) image = { src: mediaUrl, alt, credit: creditText };
    else
      notes.push(
        `image ${mediaUrl} not kept as the picture: ${mediaUrl.startsWith('https://') ? 'Cronista needs alt text (or a caption) and a credit' : 'Cronista needs an https address'}`,
      );
    if (sources.length === 0) {
      addSource(mediaSource());
      notes.push(`no links in the text: the image address is the only source; check that it supports the entry`);
    }
  } else if (isWebAddress(mediaUrl)) {
    addSource(mediaSource());
    notes.push(`media ${mediaUrl} is listed as a source (Cronista does not embed media); check that it supports the entry`);
  } else if (mediaUrl !== '') {
    const html = readSlideHtml(mediaUrl);
    notes.push(...html.removed);
    if (html.markdown) {
      mediaMarkdown = html.markdown;
      mediaParagraphs = html.paragraphs;
      notes.push('the media was HTML (such as a quotation): added at the end of the text');
    }
    for (const link of html.links) addSource(sourceFromLink(link));
  }
  if (sources.length === 0 && options.timeline && isWebAddress(options.timeline.url)) {
    const { url, title: timelineTitle, publisher } = options.timeline;
    addSource({ ...sourceFromLink({ href: url.trim(), text: timelineTitle ?? '', publisher }) });
    notes.push('no link or media of its own: cites the original timeline (--timeline-url); check the claim against it');
  }

  // Title, summary and body.
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
  let summary = shorten(firstParagraph, SUMMARY_MAX);
  if (!firstParagraph) {
    summary = title;
    notes.push('no text: the summary repeats the headline; write one or two sentences');
  } else if (summary !== firstParagraph) {
    notes.push(`first paragraph longer than ${SUMMARY_MAX} characters: the summary is shortened; check it`);
  }
  const body = [text.markdown, mediaMarkdown].filter(Boolean).join('\n\n') || summary;

  const category = categoryFor(collapse(slide.group ?? ''), text.categoryId);
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
    },
  };
}
